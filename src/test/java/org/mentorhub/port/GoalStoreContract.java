package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.TODAY;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgressStatus;

/** What every {@link GoalStore} does. */
public abstract class GoalStoreContract extends StoreContractSupport {

    @Test
    void goalsAndMilestonesReadBackAsUpdated() {
        Pairing pairing = storedPairing(storedProgram("Leads"), "m", "e");
        Goal goal = storedGoal(pairing, "Give a talk", TODAY.plusMonths(1), ProgressStatus.OPEN);
        Milestone milestone = Milestone.open(goal, "Submit an abstract", TODAY.plusDays(10));
        stores.goals().insertMilestone(milestone);

        Goal linked = new Goal(goal.id(), pairing.id(), goal.title(), "At the guild meeting", goal.dueDate(), ProgressStatus.DONE,
                new IssueKey("LEAD-13"), NOW);
        Milestone done = new Milestone(milestone.id(), goal.id(), pairing.id(), milestone.title(), milestone.dueDate(), ProgressStatus.DONE,
                new IssueKey("LEAD-14"), NOW);
        stores.goals().updateGoal(linked);
        stores.goals().updateMilestone(done);

        assertThat(stores.goals().getGoal(goal.id())).isEqualTo(linked);
        assertThat(stores.goals().getMilestone(milestone.id())).isEqualTo(done);
    }

    @Test
    void unknownGoalsAndMilestonesAreNotFound() {
        assertThat(messageKey(NotFoundException.class, () -> stores.goals().getGoal(Id.random()))).isEqualTo("mentorhub.goal.notFound");
        assertThat(messageKey(NotFoundException.class, () -> stores.goals().getMilestone(Id.random()))).isEqualTo("mentorhub.milestone.notFound");
    }

    @Test
    void theActionPlanHoldsThePairingsGoalsByDueDateThenTitleWithTheirMilestones() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing other = storedPairing(program, "m2", "e2");
        Goal undated = storedGoal(pairing, "A goal without date", null, ProgressStatus.OPEN);
        Goal later = storedGoal(pairing, "Alpha", TODAY.plusMonths(2), ProgressStatus.OPEN);
        Goal soonB = storedGoal(pairing, "Beta", TODAY.plusMonths(1), ProgressStatus.DONE);
        Goal soonA = storedGoal(pairing, "Alpha", TODAY.plusMonths(1), ProgressStatus.OPEN);
        Goal elsewhere = storedGoal(other, "Elsewhere", TODAY, ProgressStatus.OPEN);
        Milestone step = Milestone.open(later, "First step", null);
        stores.goals().insertMilestone(step);
        stores.goals().insertMilestone(Milestone.open(elsewhere, "Not ours", null));

        ActionPlan plan = stores.goals().actionPlan(pairing.id());

        assertThat(plan.pairingId()).isEqualTo(pairing.id());
        assertThat(plan.goals()).containsExactly(soonA, soonB, later, undated);
        assertThat(plan.milestones()).containsExactly(step);
    }
}
