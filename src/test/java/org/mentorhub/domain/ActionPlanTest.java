package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.goal;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionPlanTest {
    private final Id<Pairing> pairingId = Id.random();

    @Test
    void aPlanWithoutGoalsIsNotComplete() {
        assertThat(new ActionPlan(pairingId, List.of(), List.of()).isComplete()).isFalse();
    }

    @Test
    void aPlanIsCompleteWhenAllItsGoalsAreDone() {
        Goal done = goal(pairingId, ProgressStatus.DONE);
        Goal open = goal(pairingId, ProgressStatus.OPEN);

        assertThat(new ActionPlan(pairingId, List.of(done, open), List.of()).isComplete()).isFalse();
        assertThat(new ActionPlan(pairingId, List.of(done, open.done(NOW)), List.of()).isComplete()).isTrue();
    }

    @Test
    void aGoalIsDoneOnlyOnceItsMilestonesAre() {
        Goal goal = goal(pairingId, ProgressStatus.OPEN);
        Milestone open = Milestone.open(goal, "Shadow a retro", null);
        Milestone otherGoalsMilestone = Milestone.open(goal(pairingId, ProgressStatus.OPEN), "Elsewhere", null);

        assertThat(messageKey(ConflictException.class,
                () -> new ActionPlan(pairingId, List.of(goal), List.of(open)).requireCompletable(goal.id())))
                .isEqualTo("mentorhub.goal.openMilestones");
        assertThatCode(() -> new ActionPlan(pairingId, List.of(goal), List.of(open.done(NOW), otherGoalsMilestone))
                .requireCompletable(goal.id())).doesNotThrowAnyException();
    }

    @Test
    void doneIsDoneOnce() {
        Goal done = goal(pairingId, ProgressStatus.OPEN).done(NOW);

        assertThat(done.completedAt()).isEqualTo(NOW);
        assertThat(messageKey(ConflictException.class, () -> done.done(NOW))).isEqualTo("mentorhub.progress.alreadyDone");
    }
}
