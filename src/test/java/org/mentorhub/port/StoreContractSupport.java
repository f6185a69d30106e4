package org.mentorhub.port;

import static org.mentorhub.domain.TestData.NOW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;

/**
 * Base of the store contracts: a fresh, empty {@link StoreSet} per test and stored parent records to
 * hang children on (a database adapter may enforce the references). An adapter's test extends a
 * contract and says how to open its stores.
 */
public abstract class StoreContractSupport {
    protected StoreSet stores;

    /** A new, empty database. */
    protected abstract StoreSet newStores();

    @BeforeEach
    void openStores() {
        stores = newStores();
    }

    /** A program with every setting filled in, so a round trip shows that nothing is lost. */
    protected Program storedProgram(String name) {
        CriteriaWeights weights = new CriteriaWeights(Map.of(MatchCriterion.SKILLS, 10, MatchCriterion.DIVERSITY, 2, MatchCriterion.LANGUAGES, 0));
        ProgramSettings settings = new ProgramSettings(name, "Grow the next team leads", ProgramType.GROUP, MatchingMode.ADMIN,
                new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), Period.ofMonths(9), Period.ofWeeks(3), 4,
                weights, true, true, "LEAD_25", "~mentoring", Set.of(new UserKey("pm-1"), new UserKey("pm-2")));
        Program program = new Program(Id.random(), ProgramStatus.MATCHING, settings);
        stores.programs().insert(program);
        return program;
    }

    protected Participant storedParticipant(Program program, String user, ParticipantRole... roles) {
        Participant participant = TestData.participant(program, new UserKey(user), TestData.profile(3), roles);
        stores.participants().insert(participant);
        return participant;
    }

    protected Pairing storedPairing(Program program, String mentor, Instant createdAt, String... mentees) {
        List<UserKey> menteeKeys = Arrays.stream(mentees).map(UserKey::new).toList();
        Pairing pairing = new Pairing(Id.random(), program.id(), new UserKey(mentor), menteeKeys, PairingStatus.PROPOSED,
                null, null, null, null, null, createdAt);
        stores.pairings().insert(pairing);
        return pairing;
    }

    protected Pairing storedPairing(Program program, String mentor, String... mentees) {
        return storedPairing(program, mentor, NOW, mentees);
    }

    protected Goal storedGoal(Pairing pairing, String title, LocalDate due, ProgressStatus status) {
        Goal goal = new Goal(Id.random(), pairing.id(), title, null, due, status, null, status == ProgressStatus.DONE ? NOW : null);
        stores.goals().insertGoal(goal);
        return goal;
    }
}
