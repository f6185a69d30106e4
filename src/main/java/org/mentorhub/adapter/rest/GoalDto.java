package org.mentorhub.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.ProgressStatus;

/** A goal of a pairing's action plan in responses, with its milestones. */
public record GoalDto(String id, String pairingId, String title, String description, LocalDate dueDate,
                      ProgressStatus status, Instant completedAt, List<MilestoneDto> milestones) {

    public static GoalDto from(Goal goal, List<MilestoneDto> milestones) {
        return new GoalDto(goal.id().toString(), goal.pairingId().toString(), goal.title(), goal.description(),
                goal.dueDate(), goal.status(), goal.completedAt(), milestones);
    }
}
