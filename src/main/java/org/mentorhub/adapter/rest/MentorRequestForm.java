package org.mentorhub.adapter.rest;

import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.UserKey;

/** The body of a mentee asking for a mentor: {@code {"mentor":"<user key>"}}. */
public record MentorRequestForm(String mentor) {

    public UserKey mentorKey() {
        return userKey("mentor", mentor);
    }

    /** A user key read from {@code field}, reported under that field when it is missing or blank. */
    static UserKey userKey(String field, String value) {
        FieldErrors.builder().requireText(field, value, 255).throwIfAny();
        return new UserKey(value);
    }
}
