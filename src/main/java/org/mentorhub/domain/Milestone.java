package org.mentorhub.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A step towards a goal.
 *
 * @param pairingId    the goal's pairing, kept here so a whole action plan loads in one read
 * @param jiraIssueKey the "Milestone" sub-task, once created
 * @param completedAt  when it was marked done; {@code null} while open
 */
public record Milestone(
        Id<Milestone> id,
        Id<Goal> goalId,
        Id<Pairing> pairingId,
        String title,
        LocalDate dueDate,
        ProgressStatus status,
        IssueKey jiraIssueKey,
        Instant completedAt) {

    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(status, "status");
        FieldErrors.builder().requireText("title", title, 255).throwIfAny();
    }

    public static Milestone open(Goal goal, String title, LocalDate dueDate) {
        FieldErrors.builder().optionalDate("dueDate", dueDate).throwIfAny();
        return new Milestone(Id.random(), goal.id(), goal.pairingId(), title, dueDate, ProgressStatus.OPEN, null, null);
    }

    public Milestone done(Instant at) {
        if (status == ProgressStatus.DONE) {
            throw new ConflictException("mentorhub.progress.alreadyDone");
        }
        return new Milestone(id, goalId, pairingId, title, dueDate, ProgressStatus.DONE, jiraIssueKey, at);
    }
}
