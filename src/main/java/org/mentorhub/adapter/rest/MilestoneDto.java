package org.mentorhub.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.ProgressStatus;

/** A milestone of a goal in responses. */
public record MilestoneDto(String id, String goalId, String title, LocalDate dueDate, ProgressStatus status,
                           Instant completedAt) {

    public static MilestoneDto from(Milestone milestone) {
        return new MilestoneDto(milestone.id().toString(), milestone.goalId().toString(), milestone.title(),
                milestone.dueDate(), milestone.status(), milestone.completedAt());
    }
}
