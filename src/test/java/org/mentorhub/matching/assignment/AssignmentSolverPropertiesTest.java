package org.mentorhub.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssignmentSolverPropertiesTest {

    private final AssignmentSolver solver = new AssignmentSolver();
    private final AssignmentSolver costScaling = new AssignmentSolver(AssignmentSolver.Algorithm.COST_SCALING);
    private final AssignmentSolver shortestPaths =
            new AssignmentSolver(AssignmentSolver.Algorithm.SUCCESSIVE_SHORTEST_PATHS);
    private final AssignmentSolver dense = new AssignmentSolver(AssignmentSolver.Algorithm.DENSE);

    @Property(tries = 2000)
    void optimumEqualsJGraphTMinCostFlow(@ForAll("instances") AssignmentInstance instance) {
        Assignment assignment = solver.solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.totalWeight()).isEqualTo(ReferenceSolvers.jgraphtOptimum(instance));
    }

    @Property(tries = 2000)
    void optimumEqualsExhaustiveSearchOnTinyInstances(@ForAll("tinyInstances") AssignmentInstance instance) {
        Assignment assignment = solver.solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.totalWeight()).isEqualTo(ReferenceSolvers.exhaustiveOptimum(instance));
    }

    @Property(tries = 2000)
    void costScalingOptimumEqualsJGraphTMinCostFlow(@ForAll("instances") AssignmentInstance instance) {
        Assignment assignment = costScaling.solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.totalWeight()).isEqualTo(ReferenceSolvers.jgraphtOptimum(instance));
    }

    @Property(tries = 300)
    void costScalingAndShortestPathsAgreeOnLargerInstances(@ForAll("largerInstances") AssignmentInstance instance,
                                                           @ForAll("optimalObjectives") Objective objective) {
        Assignment scaled = costScaling.solve(instance, objective);
        Assignment paths = shortestPaths.solve(instance, objective);

        assertThat(scaled.totalWeight()).isEqualTo(paths.totalWeight());
        if (objective == Objective.MAXIMIZE_MATCHES_THEN_SCORE) {
            assertThat(scaled.matchedCount()).isEqualTo(paths.matchedCount());
        } // Otherwise zero-weight pairs make optima with different match counts equally good.
    }

    @Property(tries = 4000)
    void denseOptimumEqualsJGraphTMinCostFlow(@ForAll("instancesAndNearDenseInstances") AssignmentInstance instance) {
        Assignment assignment = dense.solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.totalWeight()).isEqualTo(ReferenceSolvers.jgraphtOptimum(instance));
    }

    @Property(tries = 300)
    void denseAndShortestPathsAgreeOnLargerNearDenseInstances(
            @ForAll("largerNearDenseInstances") AssignmentInstance instance, @ForAll("optimalObjectives") Objective objective) {
        Assignment matrix = dense.solve(instance, objective);
        Assignment paths = shortestPaths.solve(instance, objective);

        assertThat(matrix.totalWeight()).isEqualTo(paths.totalWeight());
        if (objective == Objective.MAXIMIZE_MATCHES_THEN_SCORE) {
            assertThat(matrix.matchedCount()).isEqualTo(paths.matchedCount());
        }
    }

    @Property(tries = 1000)
    void assignmentUsesOnlyCandidatesAndRespectsCapacities(@ForAll("instances") AssignmentInstance instance,
                                                          @ForAll("optimalObjectives") Objective objective,
                                                          @ForAll AssignmentSolver.Algorithm algorithm) {
        Assignment assignment = new AssignmentSolver(algorithm).solve(instance, objective);

        int[] load = new int[instance.mentorCount()];
        long total = 0;
        for (int i = 0; i < instance.menteeCount(); i++) {
            int mentor = assignment.mentorOf(i);
            if (mentor != Assignment.UNMATCHED) {
                int edge = instance.findEdge(i, mentor);
                assertThat(edge).isEqualTo(assignment.edgeOf(i)).isNotNegative();
                total += instance.edgeWeight(edge);
                load[mentor]++;
            }
        }
        for (int j = 0; j < load.length; j++) {
            assertThat(load[j]).isLessThanOrEqualTo(instance.capacity(j));
        }
        assertThat(assignment.totalWeight()).isEqualTo(total);
    }

    @Property(tries = 1000)
    void sameInstanceGivesTheSameAssignment(@ForAll("instances") AssignmentInstance instance,
                                            @ForAll AssignmentSolver.Algorithm algorithm) {
        Assignment first = new AssignmentSolver(algorithm).solve(instance, Objective.MAXIMIZE_SCORE);
        Assignment second = new AssignmentSolver(algorithm).solve(instance, Objective.MAXIMIZE_SCORE);

        for (int i = 0; i < instance.menteeCount(); i++) {
            assertThat(second.mentorOf(i)).isEqualTo(first.mentorOf(i));
        }
    }

    @Property(tries = 1000)
    void matchesFirstModeMatchesAsManyAsPossibleThenMaximizesWeight(
            @ForAll("tinyInstances") AssignmentInstance instance, @ForAll AssignmentSolver.Algorithm algorithm) {
        Assignment matchesFirst = new AssignmentSolver(algorithm).solve(instance, Objective.MAXIMIZE_MATCHES_THEN_SCORE);
        Assignment unitWeights = solver.solve(withUnitWeights(instance), Objective.MAXIMIZE_SCORE);

        assertThat(matchesFirst.matchedCount()).isEqualTo(unitWeights.totalWeight());
        assertThat(matchesFirst.totalWeight()).isEqualTo(bestWeightWithMatches(instance, matchesFirst.matchedCount()));
    }

    private static AssignmentInstance withUnitWeights(AssignmentInstance instance) {
        AssignmentInstance.Builder builder = AssignmentInstance.builder(instance.menteeCount(), capacities(instance));
        for (int i = 0; i < instance.menteeCount(); i++) {
            for (int e = instance.firstEdge(i); e < instance.firstEdge(i + 1); e++) {
                builder.addCandidate(i, instance.edgeMentor(e), 1);
            }
        }
        return builder.build();
    }

    /** Exhaustive: the best total weight among assignments with exactly {@code matches} pairs. */
    private static long bestWeightWithMatches(AssignmentInstance instance, int matches) {
        return bestWith(instance, 0, capacities(instance), matches);
    }

    private static long bestWith(AssignmentInstance instance, int mentee, int[] remaining, int matchesLeft) {
        if (mentee == instance.menteeCount()) {
            return matchesLeft == 0 ? 0 : Long.MIN_VALUE;
        }
        long best = bestWith(instance, mentee + 1, remaining, matchesLeft);
        for (int e = instance.firstEdge(mentee); e < instance.firstEdge(mentee + 1) && matchesLeft > 0; e++) {
            int mentor = instance.edgeMentor(e);
            if (remaining[mentor] > 0) {
                remaining[mentor]--;
                long rest = bestWith(instance, mentee + 1, remaining, matchesLeft - 1);
                if (rest != Long.MIN_VALUE) {
                    best = Math.max(best, instance.edgeWeight(e) + rest);
                }
                remaining[mentor]++;
            }
        }
        return best;
    }

    private static int[] capacities(AssignmentInstance instance) {
        int[] capacity = new int[instance.mentorCount()];
        for (int j = 0; j < capacity.length; j++) {
            capacity[j] = instance.capacity(j);
        }
        return capacity;
    }

    /** The objectives the solver optimizes ({@link Objective#STABLE} is the engine's, not the solver's). */
    @Provide
    Arbitrary<Objective> optimalObjectives() {
        return Arbitraries.of(Objective.values()).filter(Objective::optimal);
    }

    @Provide
    Arbitrary<AssignmentInstance> instances() {
        return instances(12, 8, 4);
    }

    @Provide
    Arbitrary<AssignmentInstance> largerInstances() {
        return instances(300, 120, 5);
    }

    @Provide
    Arbitrary<AssignmentInstance> tinyInstances() {
        return instances(6, 4, 3);
    }

    /** Half the usual instances, half near-dense ones (80–100 % of the pairs are candidates). */
    @Provide
    Arbitrary<AssignmentInstance> instancesAndNearDenseInstances() {
        return Arbitraries.oneOf(instances(), instances(12, 8, 4, 80));
    }

    @Provide
    Arbitrary<AssignmentInstance> largerNearDenseInstances() {
        return instances(150, 60, 4, 70);
    }

    private static Arbitrary<AssignmentInstance> instances(int maxMentees, int maxMentors, int maxCapacity) {
        return instances(maxMentees, maxMentors, maxCapacity, 67, 67);
    }

    private static Arbitrary<AssignmentInstance> instances(int maxMentees, int maxMentors, int maxCapacity,
                                                           int minDensityPercent) {
        return instances(maxMentees, maxMentors, maxCapacity, minDensityPercent, 100);
    }

    /**
     * Random instances, each pair a candidate with a probability drawn from the density range; small weight
     * ranges on purpose, so ties between optimal assignments are common.
     */
    private static Arbitrary<AssignmentInstance> instances(int maxMentees, int maxMentors, int maxCapacity,
                                                           int minDensityPercent, int maxDensityPercent) {
        Arbitrary<Integer> mentees = Arbitraries.integers().between(0, maxMentees);
        Arbitrary<int[]> capacities = Arbitraries.integers().between(0, maxCapacity).array(int[].class)
                .ofMinSize(1).ofMaxSize(maxMentors);
        Arbitrary<Integer> densities = Arbitraries.integers().between(minDensityPercent, maxDensityPercent);
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Integer> weightRanges = Arbitraries.of(3, 20, 100_000);
        return Combinators.combine(mentees, capacities, densities, seeds, weightRanges).as(ReferenceInstance::random);
    }

    private static final class ReferenceInstance {
        static AssignmentInstance random(int mentees, int[] capacities, int densityPercent, long seed,
                                         int weightRange) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            AssignmentInstance.Builder builder = AssignmentInstance.builder(mentees, capacities);
            for (int i = 0; i < mentees; i++) {
                List<Integer> mentors = new ArrayList<>();
                for (int j = 0; j < capacities.length; j++) {
                    if (random.nextInt(100) < densityPercent) {
                        mentors.add(j);
                    }
                }
                java.util.Collections.shuffle(mentors, new java.util.Random(random.nextLong()));
                for (int mentor : mentors) {
                    builder.addCandidate(i, mentor, random.nextInt(weightRange) + (random.nextInt(5) == 0 ? 0 : 1));
                }
            }
            return builder.build();
        }
    }
}
