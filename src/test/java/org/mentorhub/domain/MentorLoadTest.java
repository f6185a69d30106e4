package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mentorhub.domain.Failures.failure;
import static org.mentorhub.domain.TestData.pairing;
import static org.mentorhub.domain.TestData.user;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentorLoadTest {
    private final Program program = TestData.program(ProgramStatus.RUNNING, ProgramType.GROUP);
    private final UserKey mentorKey = user("mentor");
    private final Participant mentor = TestData.mentor(program, mentorKey, 3);

    @Test
    void onlyAcceptedAndActivePairingsOfThisMentorTakePlaces() {
        List<Pairing> pairings = List.of(
                pairing(program, mentorKey, PairingStatus.ACTIVE, user("a"), user("b")),
                pairing(program, mentorKey, PairingStatus.ACCEPTED, user("c")),
                pairing(program, mentorKey, PairingStatus.REQUESTED, user("d")),
                pairing(program, mentorKey, PairingStatus.COMPLETED, user("e")),
                pairing(program, user("someone-else"), PairingStatus.ACTIVE, user("f")));

        MentorLoad load = MentorLoad.of(mentor, pairings);

        assertThat(load.taken()).isEqualTo(3);
        assertThat(load.free()).isZero();
    }

    @Test
    void aMentorNeverExceedsCapacity() {
        MentorLoad load = MentorLoad.of(mentor, List.of(pairing(program, mentorKey, PairingStatus.ACTIVE, user("a"))));

        assertThatCode(() -> load.requireRoomFor(2)).doesNotThrowAnyException();
        ConflictException full = failure(ConflictException.class, () -> load.requireRoomFor(3));
        assertThat(full.messageKey()).isEqualTo("mentorhub.pairing.capacityReached");
        assertThat(full.messageArgs()).containsExactly(mentorKey, 3);
    }

    @Test
    void aLoweredCapacityLeavesNoFreePlaceRatherThanANegativeOne() {
        Participant lowered = TestData.mentor(program, mentorKey, 1);

        MentorLoad load = MentorLoad.of(lowered, List.of(pairing(program, mentorKey, PairingStatus.ACTIVE, user("a"), user("b"))));

        assertThat(load.free()).isZero();
    }
}
