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
import java.time.LocalDate;
import java.util.List;

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

    @Test
    void listsTheOpenMilestonesOfSomePairingsDueBeforeADayEarliestFirstThenByTitle() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Pairing anotherPairing = storedPairing(program, "m2", "e2");
        Pairing notAsked = storedPairing(program, "m3", "e3");
        Goal goal = storedGoal(pairing, "Give a talk", null, ProgressStatus.OPEN);
        Goal another = storedGoal(anotherPairing, "Lead a retro", null, ProgressStatus.OPEN);
        storedMilestone(storedGoal(notAsked, "Write a post", null, ProgressStatus.OPEN), "Outline", TODAY.minusDays(2),
                ProgressStatus.OPEN);
        Milestone latest = storedMilestone(goal, "Slides", TODAY.minusDays(1), ProgressStatus.OPEN);
        Milestone earliest = storedMilestone(another, "Invite", TODAY.minusDays(9), ProgressStatus.OPEN);
        Milestone sameDayB = storedMilestone(goal, "B abstract", TODAY.minusDays(5), ProgressStatus.OPEN);
        Milestone sameDayA = storedMilestone(another, "A agenda", TODAY.minusDays(5), ProgressStatus.OPEN);
        storedMilestone(goal, "Done late", TODAY.minusDays(20), ProgressStatus.DONE);
        storedMilestone(goal, "Due today", TODAY, ProgressStatus.OPEN);
        storedMilestone(goal, "Undated", null, ProgressStatus.OPEN);
        storedMilestone(storedGoal(storedPairing(storedProgram("Other"), "m", "e"), "Elsewhere", null, ProgressStatus.OPEN),
                "Not ours", TODAY.minusDays(30), ProgressStatus.OPEN);

        assertThat(stores.goals().listOverdueMilestones(List.of(pairing.id(), anotherPairing.id()), TODAY))
                .containsExactly(earliest, sameDayA, sameDayB, latest);
        assertThat(stores.goals().listOverdueMilestones(List.of(), TODAY)).isEmpty();
    }

    @Test
    void countsTheProgramsGoalsCompletedInAHalfOpenRange() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m", "e");
        Goal atStart = storedGoal(pairing, "At the start", null, ProgressStatus.OPEN);
        Goal later = storedGoal(pairing, "Later", null, ProgressStatus.OPEN);
        Goal atEnd = storedGoal(pairing, "At the end", null, ProgressStatus.OPEN);
        Goal before = storedGoal(pairing, "Before", null, ProgressStatus.OPEN);
        storedGoal(pairing, "Still open", null, ProgressStatus.OPEN);
        Goal elsewhere = storedGoal(storedPairing(storedProgram("Other"), "m", "e"), "Elsewhere", null, ProgressStatus.OPEN);
        stores.goals().updateGoal(later.done(NOW.plusSeconds(3600)));
        stores.goals().updateGoal(atStart.done(NOW));
        stores.goals().updateGoal(atEnd.done(NOW.plusSeconds(7200)));
        stores.goals().updateGoal(before.done(NOW.minusSeconds(1)));
        stores.goals().updateGoal(elsewhere.done(NOW));

        assertThat(stores.goals().countGoalsCompleted(program.id(), NOW, NOW.plusSeconds(7200))).isEqualTo(2);
        assertThat(stores.goals().countGoalsCompleted(program.id(), NOW.minusSeconds(1), NOW.plusSeconds(7201))).isEqualTo(4);
        assertThat(stores.goals().countGoalsCompleted(program.id(), NOW.plusSeconds(1), NOW.plusSeconds(3600))).isZero();
    }

    private Milestone storedMilestone(Goal goal, String title, LocalDate due, ProgressStatus status) {
        Milestone milestone = new Milestone(Id.random(), goal.id(), goal.pairingId(), title, due, status, null,
                status == ProgressStatus.DONE ? NOW : null);
        stores.goals().insertMilestone(milestone);
        return milestone;
    }
}
