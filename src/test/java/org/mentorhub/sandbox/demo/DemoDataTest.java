package org.mentorhub.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.sandbox.DemoUsers;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.UseCases;
import org.mentorhub.testing.DashboardDataSet;
import org.mentorhub.testing.Sandbox;
import org.mentorhub.testing.SandboxActors;

/**
 * The sandbox's demo data, seeded once through the use cases on a sandbox of its own as {@code ./mvnw -Psandbox} seeds
 * it, then read back through the use cases as the program manager: programs of every kind, pairings in every status,
 * something for each demo user, and nothing seeded a second time.
 */
class DemoDataTest {
    private static Sandbox sandbox;
    private static SandboxUsers users;
    private static DemoPeople crowd;
    private static DemoData.Summary seeded;
    private static UseCases core;
    private static List<Program> programs;
    private static List<PairingSummary> pairings;

    @BeforeAll
    static void seedOnce() {
        users = DemoUsers.create();
        DashboardDataSet.addPeople(users);
        crowd = DemoPeople.generate(DemoPeople.CROWD, DemoPeople.SEED);
        crowd.addTo(users);
        sandbox = Sandbox.start(users);
        long started = System.nanoTime();
        long startedCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        seeded = DemoData.forHost(sandbox.host(), users, crowd, DemoPeople.SEED).seedIfEmpty().orElseThrow();
        System.out.printf("DemoDataTest: seeded in %d ms (%d ms CPU): %s%n", (System.nanoTime() - started) / 1_000_000,
            (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startedCpu) / 1_000_000, seeded);
        core = SandboxActors.forHost(sandbox.host(), users).core();
        programs = as(DemoData.ADMIN, () -> core.programs().list());
        pairings = programs.stream().flatMap(p -> as(DemoData.PAT, () -> core.pairings().overview(p.id())).stream()).toList();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void threeHundredNamedPeopleExist() {
        assertThat(users.all()).hasSize(300);
        assertThat(users.all().stream().map(u -> u.fullName()).collect(Collectors.toSet())).hasSize(300);
    }

    @Test
    void programsOfEveryTypeModeAndStatusManagedByPat() {
        assertThat(programs).hasSize(8).hasSize(seeded.programs());
        assertThat(programs.stream().map(Program::type).collect(Collectors.toSet())).containsExactlyInAnyOrder(ProgramType.values());
        assertThat(programs.stream().map(p -> p.settings().matchingMode()).collect(Collectors.toSet()))
            .containsExactlyInAnyOrder(MatchingMode.values());
        assertThat(programs.stream().map(Program::status).collect(Collectors.toSet()))
            .contains(ProgramStatus.DRAFT, ProgramStatus.RUNNING, ProgramStatus.CLOSED);
        assertThat(programs).allMatch(p -> p.settings().managers().contains(DemoData.PAT));
        assertThat(programs).anyMatch(p -> p.settings().trainingRequired())
            .anyMatch(p -> p.settings().diversityPreferencesAllowed());
        assertThat(as(DemoData.PAT, () -> core.reports().reportablePrograms())).hasSize(8);
    }

    @Test
    void pairingsInEveryStatusAsTheDatabaseHoldsThem() {
        assertThat(pairings.stream().map(s -> s.pairing().status()).collect(Collectors.toSet()))
            .containsExactlyInAnyOrder(PairingStatus.values());
        for (PairingStatus status : PairingStatus.values()) {
            assertThat(pairings.stream().filter(s -> s.pairing().status() == status).count()).as(status.name())
                .isEqualTo(seeded.pairings().get(status).longValue())
                .isGreaterThanOrEqualTo(2);
        }
        assertThat(pairings.stream().filter(s -> s.pairing().status().isPending())).as("waiting for a mentor's answer")
            .hasSizeGreaterThanOrEqualTo(10);
        assertThat(pairings).hasSizeGreaterThan(150);
        assertThat(pairings.stream().filter(s -> s.pairing().mentees().size() > 1)).isNotEmpty();
        assertThat(seeded.goals()).isGreaterThan(150);
        assertThat(seeded.milestones()).isGreaterThan(seeded.goals());
        assertThat(seeded.checkIns()).isGreaterThan(100);
        assertThat(seeded.feedback()).isGreaterThan(50);
        assertThat(seeded.trainingCompletions()).isGreaterThan(20);
        int goalsDone = pairings.stream().mapToInt(PairingSummary::goalsDone).sum();
        assertThat(goalsDone).isPositive().isLessThan(pairings.stream().mapToInt(PairingSummary::goals).sum());
    }

    @Test
    void theEngineeringPairsAreLinkedToTheirJiraIssuesInOrder() {
        Program engineering = programs.stream().filter(p -> p.settings().name().equals("Engineering mentoring 2026")).findFirst().orElseThrow();
        List<Pairing> pairs = pairings.stream().map(PairingSummary::pairing)
            .filter(p -> p.programId().equals(engineering.id()) && p.status().isPair()).toList();

        assertThat(pairs).hasSizeGreaterThan(10);
        assertThat(pairs).extracting(p -> p.jiraIssueKey().value())
            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, pairs.size()).mapToObj(n -> "MENT-" + n).toList());
        assertThat(pairs.get(0).mentor()).isEqualTo(DemoData.MARIA);
        assertThat(pairings.stream().map(PairingSummary::pairing).filter(p -> !p.status().isPair()))
            .allMatch(p -> p.jiraIssueKey() == null);
    }

    @Test
    void everyProgramDashboardShowsOverdueWorkAndAnswers() {
        Program running = programs.stream().filter(p -> p.settings().name().equals("Engineering mentoring 2026")).findFirst().orElseThrow();
        var dashboard = as(DemoData.PAT, () -> core.reports().dashboard(running.id(), java.time.LocalDate.now().minusWeeks(12),
            java.time.LocalDate.now()));
        assertThat(dashboard.pairsAtRisk()).as("pairs with overdue milestones").isPositive();
        assertThat(dashboard.checkInsHeld()).isPositive();
        assertThat(dashboard.feedback().responses()).isPositive();
    }

    @Test
    void everyDemoUserHasSomethingToSee() {
        assertThat(pairingsOf(DemoData.MINA, false, PairingStatus.ACTIVE)).anyMatch(s -> s.goals() > 0);
        assertThat(pairingsOf(DemoData.MINA, true, PairingStatus.ACTIVE)).as("Mina mentors in the reverse program").isNotEmpty();
        assertThat(pairingsOf(DemoData.MARIA, true, PairingStatus.ACTIVE)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pairingsOf(DemoData.MARIA, true, PairingStatus.REQUESTED)).as("a request waiting for Maria")
            .anyMatch(s -> s.pairing().isMentee(DemoData.MINA));
        assertThat(pairingsOf(DemoData.OMAR, true, PairingStatus.ACTIVE)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pairingsOf(DemoData.TOM, false, PairingStatus.ACTIVE)).isNotEmpty();
        assertThat(pairingsOf(DemoData.TOM, false, PairingStatus.COMPLETED)).as("Tom asked an expert").isNotEmpty();
        assertThat(pairingsOf(DemoData.ADMIN, false, PairingStatus.ACTIVE)).as("the admin has a reverse mentor").isNotEmpty();

        List<Nomination> nominations = programs.stream()
            .flatMap(p -> as(DemoData.PAT, () -> core.nominations().listForProgram(p.id())).stream()).toList();
        assertThat(nominations.stream().filter(n -> n.nominator().equals(DemoData.LEE)).map(Nomination::status).collect(Collectors.toSet()))
            .as("Lee's nominations").contains(NominationStatus.PENDING, NominationStatus.ACCEPTED, NominationStatus.DECLINED);
        assertThat(nominations).anyMatch(n -> n.nominee().equals(DemoData.LEE) && n.status() == NominationStatus.PENDING);
        assertThat(nominations).hasSize(seeded.nominations());
        assertThat(nominations.stream().filter(n -> !n.nominator().equals(DemoData.LEE) && !n.nominator().equals(DemoData.PAT))
            .map(Nomination::status).collect(Collectors.toSet()))
            .as("the crowd's team leads' nominations")
            .containsAll(EnumSet.of(NominationStatus.PENDING, NominationStatus.ACCEPTED, NominationStatus.DECLINED));
    }

    @Test
    void aSecondStartWithDataPresentSeedsNothing() {
        Optional<DemoData.Summary> again = DemoData.forHost(sandbox.host(), users, crowd, DemoPeople.SEED).seedIfEmpty();

        assertThat(again).isEmpty();
        assertThat(as(DemoData.ADMIN, () -> core.programs().list())).hasSameSizeAs(programs);
        assertThat(programs.stream().mapToInt(p -> as(DemoData.PAT, () -> core.pairings().overview(p.id())).size()).sum())
            .isEqualTo(pairings.size());
    }

    private static List<PairingSummary> pairingsOf(UserKey user, boolean asMentor, PairingStatus status) {
        return pairings.stream()
            .filter(s -> s.pairing().status() == status)
            .filter(s -> asMentor ? s.pairing().isMentor(user) : s.pairing().isMentee(user))
            .toList();
    }

    private static <T> T as(UserKey user, Supplier<T> work) {
        users.actAs(users.byKey(user.value()).orElseThrow());
        try {
            return work.get();
        } finally {
            users.clear();
        }
    }

    /** The crowd's people are all distinct users with keys of their own. */
    @Test
    void theCrowdIsDeterministic() {
        Set<String> first = DemoPeople.generate(DemoPeople.CROWD, DemoPeople.SEED).all().stream()
            .map(p -> p.user().fullName() + p.profile()).collect(Collectors.toSet());
        Set<String> second = crowd.all().stream().map(p -> p.user().fullName() + p.profile()).collect(Collectors.toSet());
        assertThat(first).isEqualTo(second).hasSize(DemoPeople.CROWD);
    }
}
