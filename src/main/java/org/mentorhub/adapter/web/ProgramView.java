package org.mentorhub.adapter.web;

/**
 * A program as the admin pages show it, every value ready to print: enum values by name (templates turn them into
 * labels), periods and weights as text, managers by name.
 *
 * @param statusClass the AUI lozenge class of the status
 * @param weights     the criteria that count, with their weights, e.g. "Skills 5, Goals 5"
 */
public record ProgramView(String id, String name, String description, String type, String matchingMode, String status,
                          String statusClass, String enrollmentStart, String enrollmentEnd, String duration, String cadence,
                          int mentorCapacity, boolean trainingRequired, boolean diversityAllowed, String weights,
                          String managers, String jiraProjectKey, String confluenceSpaceKey) {
}
