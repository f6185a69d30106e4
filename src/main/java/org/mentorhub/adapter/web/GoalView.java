package org.mentorhub.adapter.web;

import java.util.List;

/**
 * A goal of the action plan with its milestones, as "my mentoring" shows it.
 *
 * @param due              the due date (ISO), or the empty string
 * @param milestonesPercent done milestones as a share of all, 0 to 100 (100 for a done goal without milestones)
 * @param completable      open, with every milestone done
 */
public record GoalView(String id, String title, String description, String due, boolean done, List<MilestoneView> milestones,
                       int milestonesDone, long milestonesPercent, boolean completable) {
    public GoalView {
        milestones = List.copyOf(milestones);
    }

    /** A milestone of a goal; {@code overdue} when open past its due date. */
    public record MilestoneView(String id, String title, String due, boolean done, boolean overdue) {
    }
}
