package org.mentorhub.adapter.rest;

import java.time.LocalDate;

/** The body of adding a milestone to a goal; the domain checks the title. */
public record MilestoneForm(String title, LocalDate dueDate) {
}
