package org.mentorhub.domain;

import java.util.List;
import java.util.Objects;

/** A pair's goals with their milestones; complete once it has goals and all of them are done. */
public record ActionPlan(Id<Pairing> pairingId, List<Goal> goals, List<Milestone> milestones) {
    public ActionPlan {
        Objects.requireNonNull(pairingId, "pairingId");
        goals = Copies.list(goals);
        milestones = Copies.list(milestones);
    }

    public boolean isComplete() {
        return !goals.isEmpty() && goals.stream().allMatch(goal -> goal.status() == ProgressStatus.DONE);
    }

    public List<Milestone> milestonesOf(Id<Goal> goalId) {
        return milestones.stream().filter(m -> m.goalId().equals(goalId)).toList();
    }

    /** A goal is done only once its milestones are. */
    public void requireCompletable(Id<Goal> goalId) {
        if (milestonesOf(goalId).stream().anyMatch(m -> m.status() == ProgressStatus.OPEN)) {
            throw new ConflictException("mentorhub.goal.openMilestones");
        }
    }
}
