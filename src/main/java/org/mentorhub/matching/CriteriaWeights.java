package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_WEIGHTS;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.EnumMap;
import java.util.Map;

/** Per-program criterion weights in whole percent: each 0..100, together exactly 100. */
public record CriteriaWeights(Map<Criterion, Integer> percent) {

    public CriteriaWeights {
        require(percent != null && !percent.isEmpty(), INVALID_WEIGHTS, "no criterion weights given", 0);
        int sum = 0;
        for (Map.Entry<Criterion, Integer> entry : percent.entrySet()) {
            int weight = entry.getValue() == null ? -1 : entry.getValue();
            require(weight >= 0 && weight <= 100, INVALID_WEIGHTS,
                    "weight of " + entry.getKey() + " must be 0..100 but is " + weight, entry.getKey().name(), weight);
            sum += weight;
        }
        require(sum == 100, INVALID_WEIGHTS, "criterion weights must sum to 100 but sum to " + sum, sum);
        percent = Map.copyOf(new EnumMap<>(percent));
    }

    public int of(Criterion criterion) {
        return percent.getOrDefault(criterion, 0);
    }

    /** A balanced default: skills and goals first, then interests, availability and level. */
    public static CriteriaWeights balanced() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.SKILLS, 25);
        weights.put(Criterion.GOALS, 15);
        weights.put(Criterion.INTERESTS, 15);
        weights.put(Criterion.CAREER_LEVEL, 10);
        weights.put(Criterion.BUSINESS_FUNCTION, 5);
        weights.put(Criterion.AVAILABILITY, 15);
        weights.put(Criterion.LANGUAGE, 10);
        weights.put(Criterion.LOCATION, 5);
        return new CriteriaWeights(weights);
    }
}
