package org.mentorhub.adapter.rest;

import org.mentorhub.matching.assignment.Objective;

/** The body of a matching run: what the assignment optimizes. */
public record MatchingRunForm(Objective objective) {
}
