package org.mentorhub.adapter.web;

import java.util.List;

/**
 * A program as "my mentoring" lists it for the user: the roles they hold in it (none when they have not joined or
 * opted out) and whether it takes enrollments now.
 */
public record ProgramRow(String id, String name, List<String> roles, boolean enrolling) {
    public ProgramRow {
        roles = List.copyOf(roles);
    }
}
