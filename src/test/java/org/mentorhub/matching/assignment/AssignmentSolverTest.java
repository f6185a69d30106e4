package org.mentorhub.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

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
}
