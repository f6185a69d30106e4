package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changed what, when. {@code detail} is a short, untranslated, non-confidential technical summary
 * (e.g. {@code DRAFT -> ENROLLING}); notes, feedback text and demographics never go into the audit trail.
 *
 * @param programId the program the change belongs to, so a program's history reads in one query
 */
public record AuditEntry(Instant at, UserKey actor, AuditAction action, AuditSubject subject, Id<Program> programId, String detail) {
    public static final int MAX_DETAIL_LENGTH = 255;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(programId, "programId");
        detail = detail == null || detail.length() <= MAX_DETAIL_LENGTH ? detail : detail.substring(0, MAX_DETAIL_LENGTH);
    }
}
