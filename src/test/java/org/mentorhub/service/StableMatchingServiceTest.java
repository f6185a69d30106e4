package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Contribution;
import org.mentorhub.matching.Eligibility;
import org.mentorhub.matching.MatchProfile;
import org.mentorhub.matching.MatchingPool;
import org.mentorhub.matching.PairScorer;
import org.mentorhub.matching.assignment.Objective;

/**
 * Stable runs through the service on a seeded program (60 mentees, 20 mentors with 1–3 places, skills in clusters,
 * reporting lines): no blocking pair over every eligible pair, where the optimal run of the same program has some;
 * hard constraints and capacities hold; locked proposals are kept; the same data gives the same proposals.
 */
class StableMatchingServiceTest {
    private static final int MENTEES = 60;
    /** Fewer than the service's candidates per mentee, so every eligible pair is a candidate and checked here. */
    private static final int MENTORS = 20;

    private final World world = new World();
    private final Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);

    StableMatchingServiceTest() {
        new SeededPeople(7).enroll(world, program, MENTEES, MENTORS, 3);
        world.startMatching(program);
    }

    @Test
    void aStableRunLeavesNoBlockingPairWhereTheOptimumHasSome() {
        MatchingRun optimal = run(Objective.MAXIMIZE_SCORE);
        List<String> blockingTheOptimum = blockingPairs(optimal);

        MatchingRun stable = run(Objective.STABLE);

        assertThat(blockingTheOptimum).as("the check finds instability where there is some").isNotEmpty();
        assertThat(blockingPairs(stable)).isEmpty();
        HardConstraints.assertHeldBy(world, program);
        assertThat(stable.proposals()).isNotEmpty().allSatisfy(proposal -> {
            assertThat(proposal.locked()).isFalse();
            assertThat(proposal.fits()).singleElement().satisfies(fit -> {
                assertThat(fit.explanation().score()).isPositive();
                assertThat(fit.explanation().contributions().stream().mapToDouble(Contribution::points).sum())
                        .isCloseTo(fit.explanation().score(), within(0.01));
            });
        });
        assertThat(totalScore(stable)).isLessThanOrEqualTo(totalScore(optimal));
        assertThat(stable.proposals().size() + stable.unmatchedMentees().size()).isEqualTo(MENTEES);
    }

    @Test
    void aStableRunIsDeterministic() {
        MatchingRun first = run(Objective.STABLE);
        MatchingRun again = run(Objective.STABLE);

        assertThat(again.retracted()).isZero();
        assertThat(again.proposals()).extracting(p -> p.pairing().id(), p -> p.pairing().mentor(), p -> p.pairing().mentees())
                .containsExactlyElementsOf(first.proposals().stream()
                        .map(p -> tuple(p.pairing().id(), p.pairing().mentor(), p.pairing().mentees()))
                        .toList());
    }

    @Test
    void aStableRunKeepsLockedProposalsAndIsStableAroundThem() {
        Pairing locked = run(Objective.MAXIMIZE_SCORE).proposals().get(0).pairing();
        world.as(world.manager, () -> world.matching.lockProposal(locked.programId(), locked.id()));

        MatchingRun stable = run(Objective.STABLE);

        assertThat(stable.proposals().get(0).locked()).isTrue();
        assertThat(stable.proposals().get(0).pairing().id()).isEqualTo(locked.id());
        assertThat(stable.proposals().stream().skip(1).flatMap(p -> p.pairing().mentees().stream()))
                .doesNotContainAnyElementsOf(locked.mentees());
        assertThat(blockingPairs(stable)).isEmpty();
        HardConstraints.assertHeldBy(world, program);
    }

    private MatchingRun run(Objective objective) {
        return world.as(world.manager, () -> world.matching.run(program.id(), objective));
    }

    private static double totalScore(MatchingRun run) {
        return run.proposals().stream().mapToDouble(p -> p.fits().get(0).explanation().score()).sum();
    }

    /**
     * Every eligible mentee–mentor pair outside the run's unlocked proposals where the mentee scores the mentor higher
     * than its proposed one (or has none) and the mentor scores the mentee higher than one of its proposed mentees (or
     * has a place the run left free). Scores are the engine's, over the same pool as the run; locked proposals are
     * the manager's decision and take their places.
     */
    private List<String> blockingPairs(MatchingRun run) {
        Id<Program> id = program.id();
        MatchingSnapshot snapshot = new MatchingSnapshot(program, world.stores.participants().listByProgram(id),
                world.stores.pairings().listByProgram(id), List.of(), List.of(),
                world.stores.matchingDecisions().listExclusions(id), world.stores.matchingDecisions().listLocks(id),
                LocalDate.now(world.clock));
        Map<UserKey, Integer> places = snapshot.placesAfterLockedProposals();
        MatchingPool pool = snapshot.pool(snapshot.menteesToMatch(), places);
        PairScorer scorer = new PairScorer(pool.program(), pool.participants());
        Map<String, String> mentorOf = new HashMap<>();
        Map<String, List<String>> menteesOf = new HashMap<>();
        run.proposals().stream().filter(p -> !p.locked()).forEach(p -> {
            String mentee = p.pairing().mentees().get(0).value();
            mentorOf.put(mentee, p.pairing().mentor().value());
            menteesOf.computeIfAbsent(p.pairing().mentor().value(), m -> new ArrayList<>()).add(mentee);
        });
        List<String> blocking = new ArrayList<>();
        for (MatchProfile mentee : pool.mentees()) {
            String current = mentorOf.get(mentee.id());
            double currentScore = current == null ? 0 : score(scorer, pool, mentee.id(), current);
            for (MatchProfile mentor : pool.mentors()) {
                if (mentor.id().equals(current) || !Eligibility.allowed(pool.program(), mentee, mentor)) {
                    continue;
                }
                double score = scorer.score(mentee, mentor).score();
                List<String> held = menteesOf.getOrDefault(mentor.id(), List.of());
                boolean menteeWants = current == null ? score > 0 : score > currentScore;
                boolean mentorWants = held.size() < places.get(new UserKey(mentor.id()))
                        || held.stream().anyMatch(other -> score > score(scorer, pool, other, mentor.id()));
                if (menteeWants && mentorWants) {
                    blocking.add(mentee.id() + "/" + mentor.id());
                }
            }
        }
        return blocking;
    }

    private static double score(PairScorer scorer, MatchingPool pool, String mentee, String mentor) {
        return scorer.score(pool.mentees().get(pool.menteeIndex(mentee)), pool.mentors().get(pool.mentorIndex(mentor))).score();
    }
}
