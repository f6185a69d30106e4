package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;

class TrainingServiceTest {
    private final World world = new World();
    private final Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);

    @Test
    void managersAddMaterialsThatTheirAudienceCompletesOnce() {
        TrainingMaterial forMentors = add(Set.of(ParticipantRole.MENTOR));

        TrainingCompletion first = world.as(world.mentor, () -> world.training.complete(forMentors.id()));
        world.clock.advance(Duration.ofDays(1));
        TrainingCompletion again = world.as(world.mentor, () -> world.training.complete(forMentors.id()));

        assertThat(first.completedAt()).isEqualTo(TestData.NOW);
        assertThat(again).isEqualTo(first);
        assertThat(world.stores.training().completions(program.id(), world.mentor)).containsExactly(first);
    }

    @Test
    void materialsAreCompletedByTheirAudienceAndAddedByManagers() {
        TrainingMaterial forMentors = add(Set.of(ParticipantRole.MENTOR));

        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentee, () -> world.training.complete(forMentors.id()))))
                .isEqualTo("mentorhub.auth.forbidden");
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentor, () -> world.training.addMaterial(program.id(),
                "Mine", "https://wiki.example.com/x/2", Set.of(ParticipantRole.MENTEE), false)))).isEqualTo("mentorhub.auth.forbidden");
    }

    @Test
    void managersListEveryMaterialAndParticipantsThoseMeantForThemWithTheirCompletion() {
        TrainingMaterial forMentors = add(Set.of(ParticipantRole.MENTOR));
        TrainingMaterial forMentees = world.as(world.manager, () -> world.training.addMaterial(program.id(), "Being mentored",
                "https://wiki.example.com/x/3", Set.of(ParticipantRole.MENTEE), false));
        world.as(world.mentor, () -> world.training.complete(forMentors.id()));

        assertThat(world.as(world.manager, () -> world.training.materials(program.id())))
                .containsExactly(new AssignedTraining(forMentees, null), new AssignedTraining(forMentors, null));
        assertThat(world.as(world.mentor, () -> world.training.materials(program.id())))
                .containsExactly(new AssignedTraining(forMentors, TestData.NOW));
        assertThat(world.as(world.mentee, () -> world.training.materials(program.id())))
                .containsExactly(new AssignedTraining(forMentees, null));
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.other, () -> world.training.materials(program.id()))))
                .isEqualTo("mentorhub.auth.forbidden");
    }

    private TrainingMaterial add(Set<ParticipantRole> audience) {
        return world.as(world.manager, () -> world.training.addMaterial(program.id(), "Mentoring basics", "https://wiki.example.com/x/1", audience, true));
    }
}
