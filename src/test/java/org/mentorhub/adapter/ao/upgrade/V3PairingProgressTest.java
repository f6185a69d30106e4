package org.mentorhub.adapter.ao.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.TODAY;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.java.ao.RawEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.adapter.ao.AoAttendance;
import org.mentorhub.adapter.ao.AoCheckIn;
import org.mentorhub.adapter.ao.AoGoal;
import org.mentorhub.adapter.ao.AoPairing;
import org.mentorhub.adapter.ao.AoPairingMentee;
import org.mentorhub.adapter.ao.AoSchema;
import org.mentorhub.adapter.ao.AoStores;
import org.mentorhub.adapter.ao.upgrade.v1.AoCheckInV1;
import org.mentorhub.adapter.ao.upgrade.v1.AoGoalV1;
import org.mentorhub.adapter.ao.upgrade.v1.AoPairingV1;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.ActiveObjectsModuleHost;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;

/**
 * A database at model version 2, with goals, milestones and check-ins written as version 2 wrote them, upgraded to
 * version 3: the new columns exist and hold what the services would have stored, so reports read the right figures.
 */
class V3PairingProgressTest {
    private static final UserKey MENTOR = new UserKey("mentor");
    private static final UserKey MENTEE = new UserKey("mentee");

    private final String namespace = "org.mentorhub.upgrade-v3-test." + UUID.randomUUID();

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void aVersionTwoDatabaseGetsEachPairingsProgressHeldCheckInsAndTheGoalsProgram(HostDatabase database) {
        HostActiveObjects v2 = new HostActiveObjects(database, namespace);
        ActiveObjectsModuleHost.initialize(v2, database, namespace, versionTwoEntities(), List.of(new V1InitialModel(), new V2MatchingDecisions()));
        StoreSet v2Stores = AoStores.over(v2);
        Program program = TestData.program(ProgramStatus.RUNNING);
        v2Stores.programs().insert(program);
        Pairing pairing = TestData.pairing(program, MENTOR, PairingStatus.ACCEPTED, MENTEE);
        Pairing untouched = TestData.pairing(program, new UserKey("other"), PairingStatus.ACCEPTED, new UserKey("other-mentee"));
        pairing(v2, pairing);
        pairing(v2, untouched);
        String done = goal(v2, pairing, ProgressStatus.DONE, NOW.minusSeconds(600));
        goal(v2, pairing, ProgressStatus.OPEN, null);
        v2Stores.goals().insertMilestone(new Milestone(Id.random(), new Id<>(UUID.fromString(done)), pairing.id(), "Draft", TODAY.minusDays(3),
            ProgressStatus.DONE, null, NOW.minusSeconds(900)));
        v2Stores.goals().insertMilestone(new Milestone(Id.random(), new Id<>(UUID.fromString(done)), pairing.id(), "Review", TODAY.plusDays(4),
            ProgressStatus.OPEN, null, null));
        v2Stores.goals().insertMilestone(new Milestone(Id.random(), new Id<>(UUID.fromString(done)), pairing.id(), "Later", TODAY.plusDays(9),
            ProgressStatus.OPEN, null, null));
        checkIn(v2, pairing, NOW.minusSeconds(7_200), Attendance.ATTENDED);
        checkIn(v2, pairing, NOW.minusSeconds(3_600), Attendance.ABSENT);

        HostActiveObjects v3 = new HostActiveObjects(database, namespace);
        ActiveObjectsModuleHost.initialize(v3, database, namespace, currentEntities(),
            List.of(new V1InitialModel(), new V2MatchingDecisions(), new V3PairingProgress()));
        StoreSet stores = AoStores.over(v3);

        assertThat(stores.pairings().summarize(program.id())).containsExactly(
            new PairingSummary(pairing, new PairingProgress(2, 1, 3, 1, TODAY.plusDays(4), NOW.minusSeconds(7_200))),
            new PairingSummary(untouched, PairingProgress.NONE));
        assertThat(stores.sessions().countHeldCheckIns(program.id(), NOW.minusSeconds(86_400), NOW)).isEqualTo(1);
        assertThat(stores.goals().countGoalsCompleted(program.id(), NOW.minusSeconds(86_400), NOW)).isEqualTo(1);
    }

    /** A pairing and its mentees as version 2 wrote them: no progress, no standing. */
    private static void pairing(HostActiveObjects ao, Pairing pairing) {
        ao.create(AoPairingV1.class, Map.of(
            "UUID", pairing.id().toString(),
            "PROGRAM_UUID", pairing.programId().toString(),
            "MENTOR_KEY", pairing.mentor().value(),
            "STATUS", pairing.status().name(),
            "CREATED_AT", pairing.createdAt().toEpochMilli()));
        for (int i = 0; i < pairing.mentees().size(); i++) {
            ao.create(AoPairingMentee.class, Map.of("PAIRING_UUID", pairing.id().toString(), "PROGRAM_UUID", pairing.programId().toString(),
                "MENTEE_KEY", pairing.mentees().get(i).value(), "LIST_INDEX", i));
        }
    }

    /** A goal row as version 2 wrote it, without its program; returns its UUID. */
    private static String goal(HostActiveObjects ao, Pairing pairing, ProgressStatus status, Instant completedAt) {
        Goal goal = new Goal(Id.random(), pairing.id(), "Goal " + status, null, null, status, null, completedAt);
        Map<String, Object> row = new HashMap<>(Map.of(
            "UUID", goal.id().toString(),
            "PAIRING_UUID", pairing.id().toString(),
            "TITLE", goal.title(),
            "STATUS", status.name()));
        if (completedAt != null) {
            row.put("COMPLETED_AT", completedAt.toEpochMilli());
        }
        ao.create(AoGoalV1.class, row);
        return goal.id().toString();
    }

    /** A check-in as version 2 wrote it, without whether it was held: the mentor came, the mentee as given. */
    private static void checkIn(HostActiveObjects ao, Pairing pairing, Instant startsAt, Attendance mentee) {
        String uuid = UUID.randomUUID().toString();
        ao.create(AoCheckInV1.class, Map.of(
            "UUID", uuid,
            "PAIRING_UUID", pairing.id().toString(),
            "PROGRAM_UUID", pairing.programId().toString(),
            "STARTS_AT", startsAt.toEpochMilli(),
            "LENGTH_SECONDS", 1_800L,
            "LOGGED_BY", MENTOR.value(),
            "LOGGED_AT", startsAt.toEpochMilli()));
        attendance(ao, pairing, uuid, MENTOR, Attendance.ATTENDED);
        attendance(ao, pairing, uuid, MENTEE, mentee);
    }

    private static void attendance(HostActiveObjects ao, Pairing pairing, String checkIn, UserKey member, Attendance attendance) {
        ao.create(AoAttendance.class, Map.of("CHECK_IN_UUID", checkIn, "PAIRING_UUID", pairing.id().toString(), "MEMBER_KEY",
            member.value(), "STATUS", attendance.name()));
    }

    private static List<Class<? extends RawEntity<?>>> versionTwoEntities() {
        return currentEntities().stream().<Class<? extends RawEntity<?>>>map(entity -> entity == AoPairing.class ? AoPairingV1.class
            : entity == AoGoal.class ? AoGoalV1.class : entity == AoCheckIn.class ? AoCheckInV1.class : entity).toList();
    }

    private static List<Class<? extends RawEntity<?>>> currentEntities() {
        return List.of(AoSchema.entities());
    }
}
