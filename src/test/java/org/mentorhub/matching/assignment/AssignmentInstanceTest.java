package org.mentorhub.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mentorhub.matching.MatchingInputException;
import org.mentorhub.matching.MatchingInputException.Problem;

class AssignmentInstanceTest {

    @Test
    void build_shouldRejectNegativeCapacity() {
        assertThatThrownBy(() -> AssignmentInstance.builder(1, new int[] {2, -1}))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.NEGATIVE_CAPACITY));
    }

    @Test
    void build_shouldRejectUnknownMenteeAndMentor() {
        AssignmentInstance.Builder builder = AssignmentInstance.builder(1, new int[] {1});

        assertThatThrownBy(() -> builder.addCandidate(1, 0, 5))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PARTICIPANT));
        assertThatThrownBy(() -> builder.addCandidate(0, 3, 5))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PARTICIPANT));
    }

    @Test
    void build_shouldRejectDuplicatePairAndNegativeWeight() {
        AssignmentInstance.Builder builder = AssignmentInstance.builder(2, new int[] {1}).addCandidate(1, 0, 5);

        assertThatThrownBy(() -> builder.addCandidate(0, 0, -1))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.INVALID_SCORE));
        builder.addCandidate(1, 0, 7);
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.DUPLICATE_CANDIDATE));
    }

    @Test
    void build_shouldGroupEdgesPerMenteeInInsertionOrder() {
        AssignmentInstance instance = AssignmentInstance.builder(2, new int[] {1, 1, 1})
                .addCandidate(1, 2, 30).addCandidate(0, 1, 10).addCandidate(1, 0, 20).build();

        assertThat(instance.firstEdge(1)).isEqualTo(1);
        assertThat(instance.edgeMentor(1)).isEqualTo(2);
        assertThat(instance.edgeMentor(2)).isEqualTo(0);
        assertThat(instance.findEdge(1, 0)).isEqualTo(2);
        assertThat(instance.findEdge(0, 2)).isEqualTo(-1);
    }
}
