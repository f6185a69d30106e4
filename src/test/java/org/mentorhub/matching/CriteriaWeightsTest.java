package org.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.matching.MatchingInputException.Problem;

class CriteriaWeightsTest {

    @Test
    void new_shouldRejectWeightsThatDoNotSumTo100() {
        assertThatThrownBy(() -> new CriteriaWeights(Map.of(Criterion.SKILLS, 60, Criterion.GOALS, 30)))
                .isInstanceOfSatisfying(MatchingInputException.class, error -> {
                    assertThat(error.problem()).isEqualTo(Problem.INVALID_WEIGHTS);
                    assertThat(error.message().arguments()).containsExactly(90);
                });
    }

    @Test
    void new_shouldRejectNegativeAndEmptyWeights() {
        assertThatThrownBy(() -> new CriteriaWeights(Map.of(Criterion.SKILLS, 110, Criterion.GOALS, -10)))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.INVALID_WEIGHTS));
        assertThatThrownBy(() -> new CriteriaWeights(Map.of()))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.INVALID_WEIGHTS));
    }

    @Test
    void balanced_shouldSumTo100AndLeaveDiversityOff() {
        CriteriaWeights weights = CriteriaWeights.balanced();

        assertThat(weights.percent().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(weights.of(Criterion.DIVERSITY)).isZero();
    }
}
