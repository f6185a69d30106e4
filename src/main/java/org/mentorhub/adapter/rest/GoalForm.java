package org.mentorhub.adapter.rest;

import java.time.LocalDate;

/** The body of adding a goal; the domain checks title and description. */
public record GoalForm(String title, String description, LocalDate dueDate) {
}
