package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.user;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final Program program = TestData.program(ProgramStatus.RUNNING, ProgramType.GROUP);
    private final UserKey mentor = user("mentor");
    private final UserKey ann = user("ann");
    private final UserKey bob = user("bob");
    private final Pairing pairing = TestData.pairing(program, mentor, PairingStatus.ACTIVE, ann, bob);

    @Test
    void aCheckInIsHeldOnceAnyMenteeAttended() {
        assertThat(session(pairing, Map.of(mentor, Attendance.ABSENT, ann, Attendance.EXCUSED, bob, Attendance.ATTENDED))
                .isHeldCheckInOf(pairing)).isTrue();
    }

    @Test
    void aMentorAloneOrNoRecordedAttendanceIsNoCheckInHeld() {
        assertThat(session(pairing, Map.of(mentor, Attendance.ATTENDED, ann, Attendance.ABSENT)).isHeldCheckInOf(pairing)).isFalse();
        assertThat(session(pairing, Map.of()).isHeldCheckInOf(pairing)).isFalse();
    }

    @Test
    void aSessionIsOnlyACheckInOfItsOwnPairing() {
        Pairing other = TestData.pairing(program, user("someone"), PairingStatus.ACTIVE, ann);

        assertThat(session(pairing, Map.of(ann, Attendance.ATTENDED)).isHeldCheckInOf(other)).isFalse();
    }

    private static Session session(Pairing pairing, Map<UserKey, Attendance> attendance) {
        return new Session(Id.random(), pairing.id(), pairing.programId(), NOW, Duration.ofMinutes(30), null, null, attendance,
                pairing.mentor(), NOW);
    }
}
