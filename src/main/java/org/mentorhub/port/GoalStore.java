package org.mentorhub.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;

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

    /**
     * The open milestones of these pairings that were due before {@code day}, earliest due first (then by title): for
     * the few pairings a report names, not a whole program.
     */
    List<Milestone> listOverdueMilestones(Collection<Id<Pairing>> pairingIds, LocalDate day);

    /**
     * How many goals the program's pairings completed from {@code from} (inclusive) to {@code to} (exclusive): one count
     * by the program and completion time, as reports chart completions per week and need nothing else of the goals.
     */
    int countGoalsCompleted(Id<Program> programId, Instant from, Instant to);

    default Goal getGoal(Id<Goal> id) {
        return findGoal(id).orElseThrow(() -> new NotFoundException("mentorhub.goal.notFound", id));
    }

    default Milestone getMilestone(Id<Milestone> id) {
        return findMilestone(id).orElseThrow(() -> new NotFoundException("mentorhub.milestone.notFound", id));
    }
}
