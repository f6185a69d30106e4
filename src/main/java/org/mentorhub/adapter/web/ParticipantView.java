package org.mentorhub.adapter.web;

/**
 * A participant in a program's participant table.
 *
 * @param roles    the roles as text, e.g. "Mentor, Mentee"
 * @param capacity how many mentees they take on (0 when only a mentee)
 * @param active   false once they opted out
 */
public record ParticipantView(String name, String roles, int capacity, boolean active) {
}
