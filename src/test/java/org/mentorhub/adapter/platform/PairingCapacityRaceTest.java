package org.mentorhub.adapter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.adapter.ao.AoDatabaseProbe;
import org.mentorhub.adapter.ao.AoReportingLines;
import org.mentorhub.adapter.ao.AoStores;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.DatabaseClusterLockService;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.host.HostUserManager;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.EnrollmentForm;

/**
 * Fifty mentees ask the same mentor (capacity 2) at once, and the mentor accepts each request as soon as it arrives:
 * fifty racing acceptances, through the composition root with everything real below it: Active Objects stores and
 * transactions at READ COMMITTED, the database-backed cluster lock, SAL users. Exactly two pairings end accepted;
 * every other acceptance is refused as over capacity. The database's isolation alone would let more through.
 */
class PairingCapacityRaceTest {
    private static final int MENTEES = 50;
    private static final int CAPACITY = 2;
    private static final int BUSY_ATTEMPTS = 5;

    private final SandboxUsers directory = new SandboxUsers();
    private final SandboxUser admin = person("admin", SandboxUser.ADMINISTRATORS);
    private final SandboxUser manager = person("program-manager");
    private final SandboxUser mentor = person("mentor");

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void fiftyConcurrentRequestsForAMentorOfCapacityTwoEndWithTwoAcceptedPairings(HostDatabase database) throws Exception {
        StoreSet stores = AoStores.empty(database);
        CoreServices core = coreServices(database, stores);
        Id<Program> program = enrollingProgram(core);
        as(mentor, () -> core.enrollment().enroll(program, form(CAPACITY, ParticipantRole.MENTOR)));
        List<SandboxUser> mentees = new ArrayList<>();
        for (int i = 0; i < MENTEES; i++) {
            SandboxUser mentee = person("mentee-" + i);
            as(mentee, () -> core.enrollment().enroll(program, form(0, ParticipantRole.MENTEE)));
            mentees.add(mentee);
        }
        as(manager, () -> core.programs().changeStatus(program, ProgramStatus.MATCHING));

        List<String> outcomes = race(mentees, mentee -> requestThenAccept(core, program, mentee));

        assertThat(outcomes).hasSize(MENTEES);
        assertThat(outcomes.stream().filter("accepted"::equals)).hasSize(CAPACITY);
        assertThat(outcomes.stream().filter(outcome -> !outcome.equals("accepted"))).containsOnly("mentorhub.pairing.capacityReached");
        assertThat(stores.pairings().listByProgram(program).stream().filter(p -> p.status() == PairingStatus.ACCEPTED)).hasSize(CAPACITY);
    }

    private CoreServices coreServices(HostDatabase database, StoreSet stores) {
        HostActiveObjects ao = AoStores.activeObjects(database);
        return new CoreServices(new AoDatabaseProbe(ao), new BuildInfo(), stores.programs(), stores.participants(),
            stores.nominations(), stores.pairings(), stores.goals(), stores.sessions(), stores.feedback(), stores.training(),
            stores.matchingDecisions(), stores.auditLog(), stores.transactions(), new ClusterLocks(new DatabaseClusterLockService(database)),
            new SalUsers(new HostUserManager(directory), new AoReportingLines(ao)));
    }

    private Id<Program> enrollingProgram(CoreServices core) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ProgramSettings settings = new ProgramSettings("Capacity race", null, ProgramType.ONE_ON_ONE, MatchingMode.SELF,
            new DateRange(today.minusDays(1), today.plusDays(30)), Period.ofMonths(6), Period.ofDays(14), CAPACITY,
            CriteriaWeights.balanced(), false, false, null, null, Set.of(key(manager)));
        Program draft = as(admin, () -> core.programs().create(settings));
        return as(manager, () -> core.programs().changeStatus(draft.id(), ProgramStatus.ENROLLING)).id();
    }

    /** One mentee's thread: ask for the mentor, then, acting as the mentor, accept; the outcome or the refusal's key. */
    private String requestThenAccept(CoreServices core, Id<Program> program, SandboxUser mentee) {
        try {
            Pairing requested = againWhileBusy(() -> as(mentee, () -> core.pairings().request(program, key(mentor))));
            againWhileBusy(() -> as(mentor, () -> core.pairings().accept(requested.id())));
            return "accepted";
        } catch (ConflictException refused) {
            return refused.messageKey();
        }
    }

    /**
     * "Busy, try again" is the lock's answer after waiting its 10 s, which fifty threads on a loaded CI machine can reach;
     * a person would try again, and so does the test, so that only the capacity decides the outcome.
     */
    private static <T> T againWhileBusy(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (ConflictException refused) {
                if (!refused.messageKey().equals(ClusterLocks.BUSY) || attempt == BUSY_ATTEMPTS) {
                    throw refused;
                }
            }
        }
    }

    private interface Attempt {
        String run(SandboxUser mentee);
    }

    /** Runs every mentee's attempt on a thread of its own, all released at once. */
    private static List<String> race(List<SandboxUser> mentees, Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(mentees.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (SandboxUser mentee : mentees) {
            Callable<String> call = () -> {
                start.await();
                return attempt.run(mentee);
            };
            outcomes.add(threads.submit(call));
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        return results;
    }

    private <T> T as(SandboxUser user, Supplier<T> action) {
        directory.actAs(user);
        try {
            return action.get();
        } finally {
            directory.clear();
        }
    }

    private SandboxUser person(String key, String... extraGroups) {
        Set<String> groups = new HashSet<>(Set.of(extraGroups));
        groups.add(SandboxUser.USERS);
        SandboxUser user = new SandboxUser(key, key, key, key + "@example.com", groups);
        directory.add(user);
        return user;
    }

    private static UserKey key(SandboxUser user) {
        return new UserKey(user.key());
    }

    private static EnrollmentForm form(int mentorCapacity, ParticipantRole role) {
        return new EnrollmentForm(Set.of(role), ParticipantSource.EMPLOYEE, TestData.profile(mentorCapacity),
            Set.of(ConsentScope.PARTICIPATION), "v1");
    }
}
