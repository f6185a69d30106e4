package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorhub.matching.assignment.Assignment;
import org.mentorhub.matching.assignment.AssignmentInstance;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;

/**
 * The matching modes over one validated pool: administrative (optimal), hybrid (locked/rejected pairs),
 * self-matching suggestions, group and stable matching. Reverse mentoring is a program setting
 * ({@link MatchingProgram#reverse()}), so every mode supports it.
 */
public final class MatchingEngine {

    /** Scores are 0..100 with three decimals; ×1000 makes them exact integers for the solver. */
    public static final int SCORE_SCALE = 1000;

    private final AssignmentSolver solver;
    private final StableMatcher stableMatcher = new StableMatcher();
    private final int maxCandidatesPerMentee;

    /**
     * @param maxCandidatesPerMentee how many best-scored mentors each mentee keeps as candidates (pruning)
     */
    public MatchingEngine(AssignmentSolver solver, int maxCandidatesPerMentee) {
        require(maxCandidatesPerMentee > 0, INVALID_PARAMETER, "candidates per mentee must be positive",
                maxCandidatesPerMentee);
        this.solver = solver;
        this.maxCandidatesPerMentee = maxCandidatesPerMentee;
    }

    /**
     * Eligible, scored candidates per mentee (input order), best first, at most the configured number: mentors sharing
     * an expertise term with the mentee (see {@link CandidateIndex}), and every other mentor too when fewer than the
     * configured number of those are eligible.
     */
    public List<List<ScoredPair>> candidates(MatchingPool pool) {
        MatchingProgram program = pool.program();
        PairScorer scorer = new PairScorer(program, pool.participants());
        List<List<ScoredPair>> perMentee = new ArrayList<>();
        try (TextTerms analysis = new TextTerms()) {
            CandidateIndex index = new CandidateIndex(pool.mentors(), analysis);
            for (MatchProfile mentee : pool.mentees()) {
                List<ScoredPair> scored = new ArrayList<>();
                boolean[] considered = new boolean[pool.mentors().size()];
                for (int mentorIndex : index.candidates(mentee)) {
                    considered[mentorIndex] = true;
                    addIfEligible(program, scorer, mentee, pool.mentors().get(mentorIndex), scored);
                }
                if (scored.size() < maxCandidatesPerMentee) {
                    // Too few eligible mentors share a term: widen to everyone rather than leave the mentee short of
                    // candidates it could have (e.g. when the only mentor sharing a term declined it).
                    for (int j = 0; j < considered.length; j++) {
                        if (!considered[j]) {
                            addIfEligible(program, scorer, mentee, pool.mentors().get(j), scored);
                        }
                    }
                }
                scored.sort(bestFirst(pool));
                perMentee.add(List.copyOf(scored.subList(0, Math.min(scored.size(), maxCandidatesPerMentee))));
            }
        }
        return perMentee;
    }

    /**
     * The administrative assignment within capacities and constraints: the optimal one (maximum total score, or most
     * matches first) over the pruned candidates, or with {@link Objective#STABLE} a stable one over every eligible pair
     * (no blocking pair).
     */
    public MatchResult administrative(MatchingPool pool, Objective objective) {
        return hybrid(pool, Set.of(), Set.of(), objective);
    }

    /**
     * Re-optimizes around a manager's decisions: locked pairs are kept as they are (they must still satisfy the
     * hard constraints), rejected pairs are never proposed, everyone else is assigned by the objective (optimally, or
     * stably on the places the locked pairs leave).
     *
     * @throws MatchingInputException for unknown ids, a mentee locked twice, a locked pair that breaks a hard
     *         constraint, or more locked pairs than a mentor's capacity
     */
    public MatchResult hybrid(MatchingPool pool, Set<PairKey> locked, Set<PairKey> rejected, Objective objective) {
        MatchingProgram program = pool.program();
        PairScorer scorer = new PairScorer(program, pool.participants());
        int[] remaining = pool.mentors().stream().mapToInt(MatchProfile::capacity).toArray();
        ScoredPair[] lockedPairOf = new ScoredPair[pool.mentees().size()];
        for (PairKey pair : locked.stream().sorted(PAIR_ORDER).toList()) {
            int mentee = pool.menteeIndex(pair.menteeId());
            int mentor = pool.mentorIndex(pair.mentorId());
            MatchProfile menteeProfile = pool.mentees().get(mentee);
            MatchProfile mentorProfile = pool.mentors().get(mentor);
            require(lockedPairOf[mentee] == null, INVALID_PARAMETER, "mentee " + pair.menteeId() + " locked twice",
                    pair.menteeId());
            require(Eligibility.allowed(program, menteeProfile, mentorProfile), INVALID_PARAMETER,
                    "locked pair " + pair + " breaks a hard constraint", pair.menteeId(), pair.mentorId());
            require(remaining[mentor]-- > 0, INVALID_PARAMETER, "mentor " + pair.mentorId() + " locked over capacity",
                    pair.mentorId());
            lockedPairOf[mentee] = scorer.score(menteeProfile, mentorProfile);
        }
        rejected.forEach(pair -> {
            pool.menteeIndex(pair.menteeId());
            pool.mentorIndex(pair.mentorId());
        });

        AssignmentInstance.Builder builder = AssignmentInstance.builder(pool.mentees().size(), remaining);
        List<List<ScoredPair>> candidates = objective.optimal() ? candidates(pool) : null;
        for (int i = 0; i < pool.mentees().size(); i++) {
            if (lockedPairOf[i] != null) {
                continue;
            }
            if (candidates != null) {
                for (ScoredPair pair : candidates.get(i)) {
                    if (!rejected.contains(pair.key())) {
                        builder.addCandidate(i, pool.mentorIndex(pair.mentorId()), scaled(pair.score()));
                    }
                }
            } else {
                addEveryEligiblePair(pool, scorer, rejected, i, builder);
            }
        }
        int[] mentorOf = chosenMentors(builder.build(), objective);
        List<ScoredPair> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < pool.mentees().size(); i++) {
            MatchProfile mentee = pool.mentees().get(i);
            if (lockedPairOf[i] != null) {
                pairs.add(lockedPairOf[i]);
            } else if (mentorOf[i] >= 0) {
                pairs.add(scorer.score(mentee, pool.mentors().get(mentorOf[i])));
            } else {
                unmatched.add(mentee.id());
            }
        }
        return new MatchResult(pairs, unmatched);
    }

    /**
     * The mentor each mentee gets (-1: unmatched): the solver's optimum, or for {@link Objective#STABLE} the
     * mentee-proposing deferred acceptance where mentors rank their proposers by the same pair score (ties: the mentee
     * first in pool order). Mentees rank by score too (ties: the edge added first).
     */
    private int[] chosenMentors(AssignmentInstance instance, Objective objective) {
        if (objective.optimal()) {
            Assignment assignment = solver.solve(instance, objective);
            int[] mentorOf = new int[instance.menteeCount()];
            Arrays.setAll(mentorOf, assignment::mentorOf);
            return mentorOf;
        }
        long[] mentorWeight = new long[instance.edgeCount()];
        Arrays.setAll(mentorWeight, instance::edgeWeight);
        return stableMatcher.match(instance, mentorWeight);
    }

    /**
     * Every eligible, not rejected mentor of a mentee as a candidate edge, in pool order, weighted by the pair's score:
     * the stable run needs them all, since a pruned mentor could form a blocking pair. Only the score is kept (the
     * chosen pairs are explained afterwards), so memory stays at one edge per pair.
     */
    private static void addEveryEligiblePair(MatchingPool pool, PairScorer scorer, Set<PairKey> rejected, int menteeIndex,
                                             AssignmentInstance.Builder builder) {
        MatchProfile mentee = pool.mentees().get(menteeIndex);
        for (int j = 0; j < pool.mentors().size(); j++) {
            MatchProfile mentor = pool.mentors().get(j);
            if (Eligibility.allowed(pool.program(), mentee, mentor) && !rejected.contains(new PairKey(mentee.id(), mentor.id()))) {
                builder.addCandidate(menteeIndex, j, scaled(scorer.score(mentee, mentor).score()));
            }
        }
    }

    /**
     * Self-matching: the mentee's top-k mentors with explanations, among eligible mentors who still have a free
     * place ({@code remainingCapacity} by mentor id; mentors not listed have their full capacity).
     */
    public List<ScoredPair> suggestions(MatchingPool pool, String menteeId, Map<String, Integer> remainingCapacity,
                                        int k) {
        require(k > 0, INVALID_PARAMETER, "k must be positive", k);
        MatchProfile mentee = pool.mentees().get(pool.menteeIndex(menteeId));
        PairScorer scorer = new PairScorer(pool.program(), pool.participants());
        return pool.mentors().stream()
                .filter(mentor -> remainingCapacity.getOrDefault(mentor.id(), mentor.capacity()) > 0)
                .filter(mentor -> Eligibility.allowed(pool.program(), mentee, mentor))
                .map(mentor -> scorer.score(mentee, mentor))
                .sorted(bestFirst(pool))
                .limit(k)
                .toList();
    }

    private static void addIfEligible(MatchingProgram program, PairScorer scorer, MatchProfile mentee, MatchProfile mentor,
                                      List<ScoredPair> scored) {
        if (Eligibility.allowed(program, mentee, mentor)) {
            scored.add(scorer.score(mentee, mentor));
        }
    }

    static long scaled(double score) {
        return Math.round(score * SCORE_SCALE);
    }

    private static Comparator<ScoredPair> bestFirst(MatchingPool pool) {
        return Comparator.comparingDouble(ScoredPair::score).reversed()
                .thenComparingInt(pair -> pool.mentorIndex(pair.mentorId()));
    }

    private static final Comparator<PairKey> PAIR_ORDER =
            Comparator.comparing(PairKey::menteeId).thenComparing(PairKey::mentorId);
}
