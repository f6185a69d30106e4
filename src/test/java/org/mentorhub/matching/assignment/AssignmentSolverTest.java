package org.mentorhub.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void solve_shouldPreferTheGlobalOptimumOverTheGreedyChoice() {
        // Greedy gives mentor 0 to mentee 0 (10) and leaves mentee 1 with 1: total 11; optimum is 9 + 8 = 17.
        AssignmentInstance instance = AssignmentInstance.builder(2, new int[] {1, 1})
                .addCandidate(0, 0, 10).addCandidate(0, 1, 9)
                .addCandidate(1, 0, 8).addCandidate(1, 1, 1)
                .build();

        Assignment assignment = solver.solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.mentorOf(0)).isEqualTo(1);
        assertThat(assignment.mentorOf(1)).isEqualTo(0);
        assertThat(assignment.totalWeight()).isEqualTo(17);
    }

    @Test
    void solve_shouldRefuseTheStableObjective() {
        AssignmentInstance instance = AssignmentInstance.builder(1, new int[] {1}).addCandidate(0, 0, 5).build();

        assertThatThrownBy(() -> solver.solve(instance, Objective.STABLE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void solve_shouldLeaveMenteesUnmatchedWhenCapacityRunsOut() {
        AssignmentInstance instance = AssignmentInstance.builder(3, new int[] {2})
                .addCandidate(0, 0, 5).addCandidate(1, 0, 7).addCandidate(2, 0, 6)
                .build();

        Assignment assignment = solver.solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.mentorOf(0)).isEqualTo(Assignment.UNMATCHED);
        assertThat(assignment.matchedCount()).isEqualTo(2);
        assertThat(assignment.totalWeight()).isEqualTo(13);
    }

    @Test
    void solve_withMatchesFirst_shouldTradeScoreForAnotherPair() {
        // Best score: mentee 0 takes mentor 0 alone (100). Matches first: 0→1 and 1→0 (1 + 2).
        AssignmentInstance instance = AssignmentInstance.builder(2, new int[] {1, 1})
                .addCandidate(0, 0, 100).addCandidate(0, 1, 1)
                .addCandidate(1, 0, 2)
                .build();

        assertThat(solver.solve(instance, Objective.MAXIMIZE_SCORE).totalWeight()).isEqualTo(100);
        Assignment matchesFirst = solver.solve(instance, Objective.MAXIMIZE_MATCHES_THEN_SCORE);
        assertThat(matchesFirst.matchedCount()).isEqualTo(2);
        assertThat(matchesFirst.totalWeight()).isEqualTo(3);
    }

    @Test
    void algorithmFor_shouldPickTheDenseSolverForAFullOneSeatMatrixAndTheSparseOnesOtherwise() {
        AssignmentInstance full = instance(30, 30, 1, 30);
        AssignmentInstance sparse = instance(30, 30, 1, 5);
        AssignmentInstance fullWithSeveralSeats = instance(30, 30, 2, 30);
        AssignmentInstance large = instance(5_000, 10, 3, 2);
        int tooMany = (int) Math.sqrt(DenseSolver.MAX_CELLS) + 1;
        AssignmentInstance fullButTooLarge = instance(tooMany, 1, tooMany, 1);

        assertThat(solver.algorithmFor(full, 0)).isEqualTo(AssignmentSolver.Algorithm.DENSE);
        assertThat(solver.algorithmFor(sparse, 0)).isEqualTo(AssignmentSolver.Algorithm.SUCCESSIVE_SHORTEST_PATHS);
        assertThat(solver.algorithmFor(fullWithSeveralSeats, 0))
                .isEqualTo(AssignmentSolver.Algorithm.SUCCESSIVE_SHORTEST_PATHS);
        assertThat(solver.algorithmFor(large, 0)).isEqualTo(AssignmentSolver.Algorithm.COST_SCALING);
        assertThat(solver.algorithmFor(fullButTooLarge, 0))
                .isEqualTo(AssignmentSolver.Algorithm.SUCCESSIVE_SHORTEST_PATHS);
    }

    @Test
    void algorithmFor_shouldNotForceTheDenseSolverOntoCostsBeyondItsIntCells() {
        AssignmentInstance huge = AssignmentInstance.builder(1, new int[] {1})
                .addCandidate(0, 0, Integer.MAX_VALUE + 1L).build();
        AssignmentSolver dense = new AssignmentSolver(AssignmentSolver.Algorithm.DENSE);

        assertThat(dense.algorithmFor(huge, 0)).isEqualTo(AssignmentSolver.Algorithm.SUCCESSIVE_SHORTEST_PATHS);
        assertThat(dense.solve(huge, Objective.MAXIMIZE_SCORE).totalWeight()).isEqualTo(Integer.MAX_VALUE + 1L);
    }

    @Test
    void solve_dense_shouldFillMentorSeatsAndLeaveTheRestUnmatched() {
        // Three mentees, one mentor with two seats (the mentor's pairs fill two matrix columns), one pair missing.
        AssignmentInstance instance = AssignmentInstance.builder(3, new int[] {2, 0})
                .addCandidate(0, 0, 4).addCandidate(1, 0, 9).addCandidate(2, 1, 50)
                .build();

        Assignment assignment = new AssignmentSolver(AssignmentSolver.Algorithm.DENSE)
                .solve(instance, Objective.MAXIMIZE_SCORE);

        assertThat(assignment.mentorOf(0)).isZero();
        assertThat(assignment.mentorOf(1)).isZero();
        assertThat(assignment.mentorOf(2)).isEqualTo(Assignment.UNMATCHED);
        assertThat(assignment.totalWeight()).isEqualTo(13);
    }

    /** Mentee i's candidates: mentors i, i+1, ... (cyclic), {@code candidates} of them, weight 1 + (i·j mod 97). */
    private static AssignmentInstance instance(int mentees, int mentors, int capacity, int candidates) {
        int[] capacities = new int[mentors];
        java.util.Arrays.fill(capacities, capacity);
        AssignmentInstance.Builder builder = AssignmentInstance.builder(mentees, capacities);
        for (int i = 0; i < mentees; i++) {
            for (int k = 0; k < candidates; k++) {
                int j = (i + k) % mentors;
                builder.addCandidate(i, j, 1 + (long) i * j % 97);
            }
        }
        return builder.build();
    }
}
