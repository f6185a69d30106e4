package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.user;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecognitionTest {
    private final Program program = TestData.program(ProgramStatus.RUNNING);
    private final UserKey mentor = user("mentor");
    private final UserKey mentee = user("mentee");

    @Test
    void countsTheTimeOfSessionsAttendedAsMentor() {
        Pairing mentored = TestData.pairing(program, mentor, PairingStatus.COMPLETED, mentee);
        Pairing asMentee = TestData.pairing(program, user("other"), PairingStatus.ACTIVE, mentor);
        List<Session> sessions = List.of(
                session(mentored, Duration.ofHours(6), Attendance.ATTENDED),
                session(mentored, Duration.ofHours(5), Attendance.ATTENDED),
                session(mentored, Duration.ofHours(8), Attendance.ABSENT),
                session(asMentee, Duration.ofHours(8), Attendance.ATTENDED));

        Recognition recognition = Recognition.of(mentor, List.of(mentored, asMentee), sessions);

        assertThat(recognition.mentoringTime()).isEqualTo(Duration.ofHours(11));
        assertThat(recognition.badges()).containsExactlyInAnyOrder(Badge.FIRST_SESSION, Badge.TEN_HOURS, Badge.PAIRING_COMPLETED);
    }

    @Test
    void nothingDoneEarnsNothing() {
        Recognition recognition = Recognition.of(mentor, List.of(TestData.pairing(program, mentor, PairingStatus.ACTIVE, mentee)), List.of());

        assertThat(recognition.mentoringTime()).isZero();
        assertThat(recognition.badges()).isEmpty();
    }

    private Session session(Pairing pairing, Duration length, Attendance mentorAttendance) {
        return new Session(Id.random(), pairing.id(), program.id(), NOW, length, null, null,
                Map.of(pairing.mentor(), mentorAttendance), pairing.mentor(), NOW);
    }
}
