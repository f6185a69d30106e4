package org.mentorhub.domain;

import java.util.Objects;
import java.util.UUID;

/** The record an audit entry is about: its kind and id. */
public record AuditSubject(Type type, UUID id) {
    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditSubject of(Type type, Id<?> id) {
        return new AuditSubject(type, id.value());
    }

    /** Kinds of audited records. */
    public enum Type {
        PROGRAM, PARTICIPANT, NOMINATION, PAIRING, GOAL, MILESTONE, SESSION, FEEDBACK, TRAINING_MATERIAL
    }
}
