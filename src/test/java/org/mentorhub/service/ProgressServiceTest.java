package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TestData;

class ProgressServiceTest {
    private final World world = new World();
    private final Program program = world.matchingProgram();
    private final Pairing pairing = world.activePairing(program);

    @Test
    void thePlanIsCompleteWhenEveryGoalIsDoneAfterItsMilestones() {
        Goal talk = world.as(world.mentee, () -> world.progress.addGoal(pairing.id(), "Give a talk", "At the guild", TestData.TODAY.plusMonths(2)));
        Goal retro = world.as(world.mentor, () -> world.progress.addGoal(pairing.id(), "Run a retro", null, null));
        Milestone abstractDone = world.as(world.mentee, () -> world.progress.addMilestone(talk.id(), "Submit the abstract", TestData.TODAY.plusWeeks(3)));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.progress.completeGoal(talk.id()))))
                .isEqualTo("mentorhub.goal.openMilestones");
        world.as(world.mentee, () -> world.progress.completeMilestone(abstractDone.id()));
        ActionPlan halfway = world.as(world.mentee, () -> world.progress.completeGoal(talk.id()));
        ActionPlan done = world.as(world.mentor, () -> world.progress.completeGoal(retro.id()));

        assertThat(halfway.isComplete()).isFalse();
        assertThat(done.isComplete()).isTrue();
        assertThat(world.audit(program)).extracting(AuditEntry::action).containsOnlyOnce(AuditAction.ACTION_PLAN_COMPLETED);
        assertThat(world.as(world.manager, () -> world.progress.actionPlan(pairing.id()))).isEqualTo(done);
    }

    @Test
    void onlyThePairWorksOnThePlan() {
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.manager,
                () -> world.progress.addGoal(pairing.id(), "Managers do not set goals", null, null)))).isEqualTo("mentorhub.auth.forbidden");
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.other, () -> world.progress.actionPlan(pairing.id()))))
                .isEqualTo("mentorhub.auth.forbidden");
    }

    @Test
    void aFinishedPairingsPlanNoLongerChanges() {
        Goal goal = world.as(world.mentee, () -> world.progress.addGoal(pairing.id(), "Give a talk", null, null));
        world.as(world.mentor, () -> world.pairings.endEarly(pairing.id()));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.progress.completeGoal(goal.id()))))
                .isEqualTo("mentorhub.pairing.notLive");
    }
}
