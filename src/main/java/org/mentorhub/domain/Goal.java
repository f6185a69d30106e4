package org.mentorhub.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the mentee wants to reach within the pairing; the pair's goals are its action plan.
 *
 * @param dueDate      optional target date
 * @param jiraIssueKey the "Mentoring Goal" sub-task, once created
 * @param completedAt  when it was marked done; {@code null} while open
 */
public record Goal(
        Id<Goal> id,
        Id<Pairing> pairingId,
        String title,
        String description,
        LocalDate dueDate,
        ProgressStatus status,
        IssueKey jiraIssueKey,
        Instant completedAt) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(status, "status");
        FieldErrors.builder()
                .requireText("title", title, 255)
                .optionalText("description", description, 4000)
                .throwIfAny();
    }

    public static Goal open(Id<Pairing> pairingId, String title, String description, LocalDate dueDate) {
        FieldErrors.builder().optionalDate("dueDate", dueDate).throwIfAny();
        return new Goal(Id.random(), pairingId, title, description, dueDate, ProgressStatus.OPEN, null, null);
    }

    public Goal done(Instant at) {
        if (status == ProgressStatus.DONE) {
            throw new ConflictException("mentorhub.progress.alreadyDone");
        }
        return new Goal(id, pairingId, title, description, dueDate, ProgressStatus.DONE, jiraIssueKey, at);
    }
}
