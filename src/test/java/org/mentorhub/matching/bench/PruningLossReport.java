package org.mentorhub.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.mentorhub.matching.CriteriaWeights;
import org.mentorhub.matching.DiversityProfile;
import org.mentorhub.matching.MatchProfile;
import org.mentorhub.matching.MatchResult;
import org.mentorhub.matching.MatchingEngine;
import org.mentorhub.matching.MatchingPool;
import org.mentorhub.matching.MatchingProgram;
import org.mentorhub.matching.ScoredPair;
import org.mentorhub.matching.WeeklySlot;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;

/**
 * What the candidate pruning ({@code CandidateIndex} + best k per mentee) costs on realistic profiles, and what
 * stability costs against the optimum: for each size, the optimum with k = 10, 25 (the service's) and 50 candidates
 * per mentee as a percentage of the optimum over every eligible pair, the CPU time of each run; then the stable
 * run's and greedy's totals as a percentage of that optimum, and the blocking pairs (over every eligible pair) of the
 * stable run, the unpruned optimum and the service's pruned optimum.
 *
 * <p>Profiles (seeded): skills in 12 clusters of unequal popularity; mentees want 2–3 skills of one cluster and
 * sometimes one of another; 10 % of mentors are "popular" (two clusters, expert levels, capacity 4–5); several time
 * zones, languages, locations, business functions; every 20th mentee reports to a mentor. Run:
 * {@code java -Xmx2g -cp <test classpath> org.mentorhub.matching.bench.PruningLossReport [mentees:mentors ...]}
 * (2000:600 needs about 8 GB: the unpruned reference holds every pair with its explanation).
 */
public final class PruningLossReport {
    private static final int[] KEPT = {10, 25, 50};
    /** The service's candidates per mentee. */
    private static final int SERVICE_K = 25;
    private static final int CLUSTERS = 12;
    private static final int SKILLS_PER_CLUSTER = 8;
    private static final List<String> INTERESTS = List.of("hiking", "chess", "jazz", "cooking", "running", "photography",
            "gardening", "cycling", "reading", "volunteering", "travel", "painting", "climbing", "poetry", "sailing");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"));
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "hi");
    private static final List<String> FUNCTIONS = List.of("Engineering", "Sales", "Design", "Finance", "Operations");
    private static final List<String> CITIES = List.of("Berlin", "London", "New York", "Pune", "Lisbon");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SplittableRandom random;

    private PruningLossReport(long seed) {
        random = new SplittableRandom(seed);
    }

    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args : new String[] {"500:150", "1000:300"};
        System.out.println("| mentees × mentors (places) | pairs eligible | k | optimum / unpruned | CPU s (k / unpruned) |");
        for (String size : sizes) {
            String[] parts = size.split(":");
            report(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    private static void report(int mentees, int mentors) {
        MatchingPool pool = new PruningLossReport(mentees * 31L + mentors).pool(mentees, mentors);
        int places = pool.mentors().stream().mapToInt(MatchProfile::capacity).sum();
        MatchingEngine unprunedEngine = new MatchingEngine(new AssignmentSolver(), mentors);
        List<List<ScoredPair>> allPairs = unprunedEngine.candidates(pool);
        long eligible = allPairs.stream().mapToLong(List::size).sum();
        long[] unprunedCpu = new long[1];
        MatchResult unpruned = cpuTimed(() -> unprunedEngine.administrative(pool, Objective.MAXIMIZE_SCORE), unprunedCpu);
        MatchResult service = null;
        for (int k : KEPT) {
            MatchingEngine engine = new MatchingEngine(new AssignmentSolver(), k);
            long[] cpu = new long[1];
            MatchResult pruned = cpuTimed(() -> engine.administrative(pool, Objective.MAXIMIZE_SCORE), cpu);
            service = k == SERVICE_K ? pruned : service;
            System.out.printf("| %,d × %,d (%,d) | %,d | %d | %.4f %% | %.1f / %.1f |%n", mentees, mentors, places, eligible, k,
                    100 * pruned.totalScore() / unpruned.totalScore(), cpu[0] / 1e9, unprunedCpu[0] / 1e9);
        }
        long[] stableCpu = new long[1];
        MatchResult stable = cpuTimed(() -> new MatchingEngine(new AssignmentSolver(), SERVICE_K).administrative(pool,
                Objective.STABLE), stableCpu);
        System.out.printf("stability | %,d × %,d | stable %.2f %% | greedy %.2f %% | blocking pairs: stable %d, unpruned optimum %d,"
                        + " optimum k = %d %d | stable run %.1f s CPU |%n", mentees, mentors,
                100 * stable.totalScore() / unpruned.totalScore(), 100 * greedyTotal(pool, allPairs) / unpruned.totalScore(),
                blockingPairs(pool, allPairs, stable), blockingPairs(pool, allPairs, unpruned), SERVICE_K,
                blockingPairs(pool, allPairs, service), stableCpu[0] / 1e9);
    }

    private static <T> T cpuTimed(Supplier<T> work, long[] nanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        nanos[0] = THREADS.getCurrentThreadCpuTime() - start;
        return result;
    }

    /** Total score of "best remaining candidate pair first while both have room" (ties: mentee, then mentor order). */
    static double greedyTotal(MatchingPool pool, List<List<ScoredPair>> candidates) {
        List<ScoredPair> pairs = new ArrayList<>();
        candidates.forEach(pairs::addAll);
        pairs.sort(Comparator.comparingDouble(ScoredPair::score).reversed()
                .thenComparingInt(pair -> pool.menteeIndex(pair.menteeId()))
                .thenComparingInt(pair -> pool.mentorIndex(pair.mentorId())));
        Map<String, Integer> room = new HashMap<>();
        pool.mentors().forEach(mentor -> room.put(mentor.id(), mentor.capacity()));
        Set<String> matched = new HashSet<>();
        double total = 0;
        for (ScoredPair pair : pairs) {
            if (room.get(pair.mentorId()) > 0 && !matched.contains(pair.menteeId())) {
                room.merge(pair.mentorId(), -1, Integer::sum);
                matched.add(pair.menteeId());
                total += pair.score();
            }
        }
        return total;
    }

    /**
     * Eligible pairs where both would rather be together than with whom the result gave them, by score (strict):
     * the mentee has no mentor or a lower-scored one; the mentor has a free place or a lower-scored mentee.
     */
    static int blockingPairs(MatchingPool pool, List<List<ScoredPair>> allPairs, MatchResult result) {
        Map<String, Double> scoreOf = new HashMap<>();
        allPairs.forEach(list -> list.forEach(pair -> scoreOf.put(pair.menteeId() + "|" + pair.mentorId(), pair.score())));
        Map<String, Double> menteeHas = new HashMap<>();
        Map<String, List<Double>> mentorHas = new HashMap<>();
        for (ScoredPair pair : result.pairs()) {
            menteeHas.put(pair.menteeId(), pair.score());
            mentorHas.computeIfAbsent(pair.mentorId(), m -> new ArrayList<>()).add(pair.score());
        }
        Map<String, Integer> capacity = new HashMap<>();
        pool.mentors().forEach(mentor -> capacity.put(mentor.id(), mentor.capacity()));
        int blocking = 0;
        for (List<ScoredPair> candidates : allPairs) {
            for (ScoredPair pair : candidates) {
                Double current = menteeHas.get(pair.menteeId());
                boolean menteeWants = current == null || pair.score() > current;
                List<Double> held = mentorHas.getOrDefault(pair.mentorId(), List.of());
                boolean mentorWants = held.size() < capacity.get(pair.mentorId())
                        || held.stream().anyMatch(score -> pair.score() > score);
                if (menteeWants && mentorWants) {
                    blocking++;
                }
            }
        }
        return blocking;
    }

    private MatchingPool pool(int mentees, int mentors) {
        MatchingProgram program = new MatchingProgram("pruning", CriteriaWeights.balanced(), 1, 3,
                MatchingProgram.FunctionPreference.SAME, true, false, false, false, 2.0, LocalDate.of(2026, 3, 2), Set.of(), Set.of());
        List<MatchProfile> mentorProfiles = new ArrayList<>();
        for (int j = 0; j < mentors; j++) {
            boolean popular = random.nextInt(10) == 0;
            Map<String, Integer> skills = new LinkedHashMap<>();
            int clusters = popular ? 2 : 1;
            for (int c = 0; c < clusters; c++) {
                int cluster = cluster();
                for (int s = 0; s < 3 + random.nextInt(3); s++) {
                    skills.put(skill(cluster, random.nextInt(SKILLS_PER_CLUSTER)), popular ? 4 + random.nextInt(2) : 2 + random.nextInt(4));
                }
            }
            mentorProfiles.add(person(String.format("mentor-%05d", j), skills, Set.of(), 4 + random.nextInt(3), null,
                    popular ? 4 + random.nextInt(2) : 1 + random.nextInt(3)));
        }
        List<MatchProfile> menteeProfiles = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            int cluster = cluster();
            Set<String> wanted = new HashSet<>();
            for (int s = 0; s < 2 + random.nextInt(2); s++) {
                wanted.add(skill(cluster, random.nextInt(SKILLS_PER_CLUSTER)));
            }
            if (random.nextInt(4) == 0) {
                wanted.add(skill(cluster(), random.nextInt(SKILLS_PER_CLUSTER)));
            }
            String manager = i % 20 == 0 ? mentorProfiles.get(random.nextInt(mentors)).id() : null;
            menteeProfiles.add(person(String.format("mentee-%05d", i), Map.of(), wanted, 1 + random.nextInt(4), manager, 0));
        }
        return new MatchingPool(program, menteeProfiles, mentorProfiles);
    }

    /** A cluster, the lower ones more popular (weights 1/(c+1)). */
    private int cluster() {
        double total = 0;
        for (int c = 0; c < CLUSTERS; c++) {
            total += 1.0 / (c + 1);
        }
        double x = random.nextDouble() * total;
        for (int c = 0; c < CLUSTERS; c++) {
            x -= 1.0 / (c + 1);
            if (x < 0) {
                return c;
            }
        }
        return CLUSTERS - 1;
    }

    private static String skill(int cluster, int index) {
        return "skill" + (char) ('a' + cluster) + (char) ('a' + index);
    }

    private MatchProfile person(String id, Map<String, Integer> skills, Set<String> wanted, int level, String manager, int capacity) {
        String interest = INTERESTS.get(random.nextInt(INTERESTS.size()));
        String other = INTERESTS.get(random.nextInt(INTERESTS.size()));
        Set<String> expertise = skills.isEmpty() ? wanted : skills.keySet();
        String goals = "Get better at " + String.join(" and ", expertise);
        int start = 8 + random.nextInt(8);
        List<WeeklySlot> slots = List.of(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(5)), LocalTime.of(start, 0),
                LocalTime.of(start + 1 + random.nextInt(3), 0)));
        Set<String> languages = new HashSet<>(List.of("en"));
        languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        return new MatchProfile(id, skills, wanted, goals, "I enjoy " + interest + " and " + other, Set.of(interest), level,
                FUNCTIONS.get(random.nextInt(FUNCTIONS.size())), manager, slots, ZONES.get(random.nextInt(ZONES.size())),
                languages, CITIES.get(random.nextInt(CITIES.size())), true, true, capacity, DiversityProfile.NOT_SHARED);
    }
}
