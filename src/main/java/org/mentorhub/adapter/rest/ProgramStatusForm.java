package org.mentorhub.adapter.rest;

import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ProgramStatus;

/** The body of a lifecycle move: {@code {"status":"ENROLLING"}}. */
public record ProgramStatusForm(ProgramStatus status) {

    /** The status to move to; a missing one is a field error (checked here, not while Jackson builds the form). */
    public ProgramStatus target() {
        FieldErrors.builder().required("status", status).throwIfAny();
        return status;
    }
}
