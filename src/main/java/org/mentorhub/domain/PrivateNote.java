package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;

/** A pair member's own note on a session, visible to its author only. */
public record PrivateNote(Id<Session> sessionId, UserKey author, String text, Instant writtenAt) {
    public PrivateNote {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        FieldErrors.builder().requireText("privateNote", text, 20000).throwIfAny();
    }
}
