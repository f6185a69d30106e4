package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A manager's or program manager's proposal that someone join a program (usually as a mentor).
 * The nominee still decides: only their acceptance enrolls them.
 *
 * @param jiraIssueKey the "Mentor Nomination" issue, once created; {@code null} before
 * @param decidedAt    when the nomination left {@link NominationStatus#PENDING}; {@code null} while pending
 */
public record Nomination(
        Id<Nomination> id,
        Id<Program> programId,
        UserKey nominee,
        UserKey nominator,
        ParticipantRole role,
        String reason,
        NominationStatus status,
        IssueKey jiraIssueKey,
        Instant createdAt,
        Instant decidedAt) {

    public Nomination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        FieldErrors.builder()
                .required("nominee", nominee)
                .required("nominator", nominator)
                .check(nominee == null || !nominee.equals(nominator), "nominee", "mentorhub.nomination.self")
                .required("role", role)
                .requireText("reason", reason, 2000)
                .throwIfAny();
    }

    public static Nomination pending(Id<Program> programId, UserKey nominee, UserKey nominator, ParticipantRole role,
                                     String reason, Instant at) {
        return new Nomination(Id.random(), programId, nominee, nominator, role, reason, NominationStatus.PENDING, null, at, null);
    }

    public Nomination decided(NominationStatus next, Instant at) {
        return new Nomination(id, programId, nominee, nominator, role, reason, status.moveTo(next), jiraIssueKey, createdAt, at);
    }
}
