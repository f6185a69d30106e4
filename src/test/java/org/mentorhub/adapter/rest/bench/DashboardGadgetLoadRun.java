package org.mentorhub.adapter.rest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mentorhub.adapter.ao.AoStores;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Agreement;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.DemoUsers;
import org.mentorhub.sandbox.SandboxHost;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * {@code bin/bench-dashboard}: the dashboard gadget's one REST call under load (docs/performance.md, "Dashboard gadget").
 * Starts the sandbox host in-process on an in-memory H2 database, creates a running program through the use cases,
 * writes 10,000 pairings with 100,000 goals (and milestones, check-ins with attendance, survey answers in proportion)
 * as domain records through the Active Objects stores, then times sequential HTTP GETs of
 * {@code /rest/mentorhub/1.0/programs/{id}/dashboard} for the gadget's default period (12 weeks) as the program manager.
 *
 * <p>Arguments (all optional): {@code pairings=10000 goals=10 warmup=200 calls=1000 seed=42
 * reads=0}; {@code reads=N} also times each program-wide store read the dashboard makes, N times, in-process (to find
 * which read to fix).
 */
public final class DashboardGadgetLoadRun {
    private static final UserKey ADMIN = new UserKey("JIRAUSER10000");
    private static final SandboxUser MANAGER = DemoUsers.create().byUsername("pat.manager").orElseThrow();
    private static final int MENTOR_CAPACITY = 3;
    private static final int CHUNK = 500;
    private static final int GADGET_WEEKS = 12;
    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private final Map<String, Integer> options;
    private final Random random;
    private final LocalDate today = LocalDate.now();
    private final ZoneId zone = ZoneId.systemDefault();
    private final int[] rows = new int[Table.values().length];

    private DashboardGadgetLoadRun(Map<String, Integer> options) {
        this.options = options;
        this.random = new Random(options.get("seed"));
    }

    /** The tables written, for the report. */
    private enum Table { PARTICIPANTS, PAIRINGS, GOALS, MILESTONES, CHECK_INS, ATTENDANCE, FEEDBACK }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = new java.util.LinkedHashMap<>(Map.of("pairings", 10_000, "goals", 10, "warmup", 200,
            "calls", 1_000, "seed", 42, "reads", 0));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !options.containsKey(pair[0])) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: " + options.keySet());
            }
            options.put(pair[0], Integer.parseInt(pair[1]));
        }
        JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);
        new DashboardGadgetLoadRun(options).run();
    }

    private void run() throws Exception {
        int pairings = options.get("pairings");
        int mentors = (pairings + MENTOR_CAPACITY - 1) / MENTOR_CAPACITY;
        SandboxUsers users = DemoUsers.create();
        for (int i = 0; i < mentors; i++) {
            users.add(person(mentorKey(i), "Mentor " + i));
        }
        for (int i = 0; i < pairings; i++) {
            users.add(person(menteeKey(i), "Mentee " + i));
        }
        try (SandboxHost host = SandboxHost.start(0, HostDatabase.h2InMemory("bench-dashboard"), users, Path.of("node_modules"))) {
            long seedStart = System.nanoTime();
            Program program = runningProgram(host, users);
            seed(AoStores.over(host.activeObjects()), program, mentors, pairings);
            System.out.printf("seeded in %d s: %s%n", (System.nanoTime() - seedStart) / 1_000_000_000, written());
            measure(host.baseUrl(), program);
            if (options.get("reads") > 0) {
                timeReads(AoStores.over(host.activeObjects()), program, options.get("reads"),
                    reads -> host.activeObjects().executeInTransaction(reads::get), () -> asManager(users,
                    () -> core(host).reports().dashboard(program.id(), today.minusDays(GADGET_WEEKS * 7L - 1), today)));
            }
        }
    }

    private static SandboxUser person(UserKey key, String name) {
        String username = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
        return new SandboxUser(key.value(), username, name, username + "@example.com", Set.of(SandboxUser.USERS));
    }

    private static UserKey mentorKey(int i) {
        return new UserKey("JIRAUSER3" + String.format("%05d", i));
    }

    private static UserKey menteeKey(int i) {
        return new UserKey("JIRAUSER4" + String.format("%05d", i));
    }

    /** A one-on-one program of the manager, created and launched through the use cases. */
    private Program runningProgram(SandboxHost host, SandboxUsers users) {
        CoreServices core = core(host);
        users.actAs(users.byKey(ADMIN.value()).orElseThrow());
        Program draft = core.programs().create(new ProgramSettings("Engineering mentoring (load run)", null,
            ProgramType.ONE_ON_ONE, MatchingMode.ADMIN, new DateRange(today.minusDays(200), today.plusDays(30)),
            Period.ofMonths(6), Period.ofDays(14), MENTOR_CAPACITY, CriteriaWeights.balanced(), false, false, null, null,
            Set.of(new UserKey(MANAGER.key()))));
        users.actAs(MANAGER);
        try {
            core.programs().changeStatus(draft.id(), ProgramStatus.ENROLLING);
            core.programs().changeStatus(draft.id(), ProgramStatus.MATCHING);
            return core.programs().changeStatus(draft.id(), ProgramStatus.RUNNING);
        } finally {
            users.clear();
        }
    }

    private static CoreServices core(SandboxHost host) {
        return host.container().components().stream()
            .filter(CoreServices.class::isInstance).map(CoreServices.class::cast).findFirst().orElseThrow();
    }

    private static <T> T asManager(SandboxUsers users, java.util.function.Supplier<T> work) {
        users.actAs(MANAGER);
        try {
            return work.get();
        } finally {
            users.clear();
        }
    }

    /**
     * Per pairing: one mentee, a mentor with three places; 90 % active, 5 % completed, 5 % ended early; started up to 180
     * days ago; {@code goals} goals, about 40 % done, each with one milestone (some overdue); a check-in every two
     * weeks since the start (at most six, the mentee missing one in eight); survey answers where they are open.
     */
    private void seed(StoreSet stores, Program program, int mentors, int pairings) {
        chunked(stores, mentors, i -> {
            stores.participants().insert(TestData.mentor(program, mentorKey(i), MENTOR_CAPACITY));
            rows[Table.PARTICIPANTS.ordinal()]++;
        });
        chunked(stores, pairings, i -> {
            stores.participants().insert(TestData.mentee(program, menteeKey(i)));
            rows[Table.PARTICIPANTS.ordinal()]++;
        });
        chunked(stores, pairings, i -> seedPairing(stores, program, mentorKey(i / MENTOR_CAPACITY), menteeKey(i)));
    }

    private void seedPairing(StoreSet stores, Program program, UserKey mentor, UserKey mentee) {
        LocalDate start = today.minusDays(7 + random.nextInt(174));
        int roll = random.nextInt(20);
        PairingStatus status = roll == 0 ? PairingStatus.COMPLETED : roll == 1 ? PairingStatus.ENDED_EARLY : PairingStatus.ACTIVE;
        LocalDate end = status == PairingStatus.ACTIVE ? start.plusMonths(6) : start.plusDays((today.toEpochDay() - start.toEpochDay()) / 2);
        Instant agreed = instant(start);
        AgreementTerms terms = new AgreementTerms(false, Period.ofDays(14), Period.ofMonths(6), "Meet every two weeks");
        Pairing pairing = new Pairing(Id.random(), program.id(), mentor, List.of(mentee), status, null,
            new Agreement(terms, agreed, Map.of(mentee, agreed)), start, end, null, instant(start.minusDays(3)));
        stores.pairings().insert(pairing);
        rows[Table.PAIRINGS.ordinal()]++;
        for (int g = 0; g < options.get("goals"); g++) {
            seedGoal(stores, pairing, g);
        }
        LocalDate lastDay = status == PairingStatus.ACTIVE ? today : end;
        List<Session> logged = new java.util.ArrayList<>();
        for (LocalDate day = start.plusDays(random.nextInt(14)); !day.isAfter(lastDay) && logged.size() < 6; day = day.plusDays(14)) {
            Attendance menteeCame = random.nextInt(8) == 0 ? Attendance.ABSENT : Attendance.ATTENDED;
            Session session = new Session(Id.random(), pairing.id(), program.id(), instant(day).plusSeconds(3_600 * 10),
                Duration.ofMinutes(45), "Goals and next steps", null, Map.of(mentor, Attendance.ATTENDED, mentee, menteeCame),
                mentor, instant(day).plusSeconds(3_600 * 11));
            stores.sessions().insert(session, session.isHeldCheckInOf(pairing));
            logged.add(session);
            rows[Table.CHECK_INS.ordinal()]++;
            rows[Table.ATTENDANCE.ordinal()] += 2;
        }
        // As the services do after each write: the pairing's progress, computed from its rows.
        stores.pairings().saveProgress(pairing.id(), PairingProgress.of(pairing, stores.goals().actionPlan(pairing.id()), logged));
        if (status != PairingStatus.ACTIVE) {
            answer(stores, pairing, mentee, FeedbackKind.FINAL, end);
            answer(stores, pairing, mentor, FeedbackKind.FINAL, end);
        } else if (FeedbackKind.EARLY.isOpenFor(pairing, today) && random.nextBoolean()) {
            answer(stores, pairing, mentee, FeedbackKind.EARLY, start.plusDays(21));
        }
    }

    private void seedGoal(StoreSet stores, Pairing pairing, int number) {
        LocalDate due = pairing.startDate().plusDays(14L * (number + 1));
        boolean done = random.nextInt(10) < 4;
        Instant completedAt = done ? instant(pairing.startDate().plusDays(random.nextInt(1 + (int) (today.toEpochDay()
            - pairing.startDate().toEpochDay())))) : null;
        Goal goal = new Goal(Id.random(), pairing.id(), "Goal " + (number + 1), null, due,
            done ? ProgressStatus.DONE : ProgressStatus.OPEN, null, completedAt);
        stores.goals().insertGoal(goal);
        rows[Table.GOALS.ordinal()]++;
        boolean milestoneDone = done || random.nextInt(10) < 3;
        stores.goals().insertMilestone(new Milestone(Id.random(), goal.id(), pairing.id(), "Step " + (number + 1),
            due.minusDays(7), milestoneDone ? ProgressStatus.DONE : ProgressStatus.OPEN, null,
            milestoneDone ? (done ? completedAt : instant(today)) : null));
        rows[Table.MILESTONES.ordinal()]++;
    }

    private void answer(StoreSet stores, Pairing pairing, UserKey respondent, FeedbackKind kind, LocalDate day) {
        Map<RatingQuestion, Integer> ratings = new EnumMap<>(RatingQuestion.class);
        for (RatingQuestion question : RatingQuestion.values()) {
            ratings.put(question, 2 + random.nextInt(4));
        }
        stores.feedback().insert(new Feedback(Id.random(), pairing.id(), pairing.programId(), respondent, kind, ratings,
            random.nextInt(11), 1 + random.nextInt(3), 2 + random.nextInt(4), null, instant(day)));
        rows[Table.FEEDBACK.ordinal()]++;
    }

    private Instant instant(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** {@code count} writes in transactions of {@value #CHUNK}. */
    private static void chunked(StoreSet stores, int count, java.util.function.IntConsumer write) {
        for (int first = 0; first < count; first += CHUNK) {
            int from = first;
            stores.transactions().run(() -> {
                for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                    write.accept(i);
                }
            });
        }
    }

    private String written() {
        StringBuilder text = new StringBuilder();
        for (Table table : Table.values()) {
            text.append(text.isEmpty() ? "" : ", ").append(String.format("%,d", rows[table.ordinal()])).append(' ')
                .append(table.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return text.toString();
    }

    private void measure(URI base, Program program) throws Exception {
        LocalDate from = today.minusDays(GADGET_WEEKS * 7L - 1);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/rest/mentorhub/1.0/programs/" + program.id().value()
                + "/dashboard?from=" + from + "&to=" + today))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (MANAGER.username() + ":x").getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .GET().build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = call(client, request).body();
        System.out.println("first answer (" + body.length() + " characters): "
            + body.substring(0, Math.min(400, body.length())) + "...");
        for (int i = 0; i < options.get("warmup"); i++) {
            call(client, request);
        }
        int calls = options.get("calls");
        long[] nanos = new long[calls];
        long gcBefore = gcMillis();
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long before = System.nanoTime();
            call(client, request);
            nanos[i] = System.nanoTime() - before;
        }
        long total = System.nanoTime() - started;
        Arrays.sort(nanos);
        System.out.printf("%d sequential GETs after %d warm-up calls, %.1f s (%d ms of it in GC): p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", calls, options.get("warmup"), total / 1e9, gcMillis() - gcBefore,
            millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99), nanos[calls - 1] / 1e6);
    }

    /**
     * The median of {@code times} runs of each program-wide read the dashboard makes, of all of them in one transaction
     * (to tell the transaction's cost from the reads'), then of the whole dashboard use case in-process (its reads in one
     * transaction plus the figures; no HTTP, no JSON).
     */
    private void timeReads(StoreSet stores, Program program, int times,
                           java.util.function.Function<java.util.function.Supplier<Object>, Object> inOneTransaction,
                           java.util.function.Supplier<Object> dashboard) {
        Instant from = instant(today.minusDays(GADGET_WEEKS * 7L - 1));
        Instant to = instant(today.plusDays(1));
        Map<String, java.util.function.Supplier<Object>> reads = new java.util.LinkedHashMap<>();
        reads.put("pairings.standings", () -> stores.pairings().standings(program.id()));
        reads.put("participants.countByProgram", () -> stores.participants().countByProgram(program.id()));
        reads.put("sessions.countHeldCheckIns", () -> stores.sessions().countHeldCheckIns(program.id(), from, to));
        reads.put("goals.countGoalsCompleted, weekly", () -> java.util.stream.IntStream.range(0, GADGET_WEEKS)
            .map(week -> stores.goals().countGoalsCompleted(program.id(), from.plus(Duration.ofDays(7L * week)),
                from.plus(Duration.ofDays(7L * (week + 1))))).boxed().toList());
        reads.put("feedback.listScores", () -> stores.feedback().listScores(program.id(), from, to));
        List<java.util.function.Supplier<Object>> each = List.copyOf(reads.values());
        new java.util.ArrayList<>(reads.entrySet()).forEach(read -> reads.put(read.getKey() + " (in a transaction)",
            () -> inOneTransaction.apply(read.getValue())));
        reads.put("all of them, one transaction", () -> inOneTransaction.apply(() -> each.stream().map(java.util.function.Supplier::get).toList()));
        reads.put("reports.dashboard (use case)", () -> dashboard.get().getClass().getSimpleName());
        reads.forEach((name, read) -> {
            long[] nanos = new long[times];
            Object result = null;
            for (int i = 0; i < times; i++) {
                long before = System.nanoTime();
                result = read.get();
                nanos[i] = System.nanoTime() - before;
            }
            Arrays.sort(nanos);
            System.out.printf("  %-30s median %7.1f ms  (%s)%n", name, millis(nanos, 0.5),
                result instanceof List<?> list ? list.size() + " records" : result instanceof Map<?, ?> map ? map.size() + " keys" : result);
        });
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static HttpResponse<String> call(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** The nearest-rank percentile of sorted durations, in milliseconds. */
    private static double millis(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
