package org.mentorhub.domain;

import java.util.Objects;

/** Input that breaks a rule of its own fields; carries every field error found, not only the first. */
public class ValidationException extends MentorHubException {
    private final FieldErrors errors;

    public ValidationException(FieldErrors errors) {
        super("mentorhub.validation.failed", errors.all().size());
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    public FieldErrors errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + errors.all();
    }
}
