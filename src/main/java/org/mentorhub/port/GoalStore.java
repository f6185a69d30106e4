package org.mentorhub.port;

import java.util.Optional;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;

/** Goals and milestones: the pairs' action plans. */
public interface GoalStore {

    void insertGoal(Goal goal);

    /** Replaces the stored goal with the same id; {@link NotFoundException} if there is none. */
    void updateGoal(Goal goal);

    Optional<Goal> findGoal(Id<Goal> id);

    void insertMilestone(Milestone milestone);

    /** Replaces the stored milestone with the same id; {@link NotFoundException} if there is none. */
    void updateMilestone(Milestone milestone);

    Optional<Milestone> findMilestone(Id<Milestone> id);

    /** The pairing's goals (by due date, undated last, then title) and all their milestones, in a constant number of queries. */
    ActionPlan actionPlan(Id<Pairing> pairingId);

    default Goal getGoal(Id<Goal> id) {
        return findGoal(id).orElseThrow(() -> new NotFoundException("mentorhub.goal.notFound", id));
    }

    default Milestone getMilestone(Id<Milestone> id) {
        return findMilestone(id).orElseThrow(() -> new NotFoundException("mentorhub.milestone.notFound", id));
    }
}
