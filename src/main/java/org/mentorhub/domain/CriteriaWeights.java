package org.mentorhub.domain;

import java.util.EnumMap;
import java.util.Map;

/** How much each matching criterion counts in a program, 0 (ignored) to 10; at least one must count. */
public record CriteriaWeights(Map<MatchCriterion, Integer> weights) {
    public static final int MAX_WEIGHT = 10;

    public CriteriaWeights {
        weights = Copies.map(weights);
        FieldErrors.Builder errors = FieldErrors.builder();
        weights.forEach((criterion, weight) ->
                errors.range("criteriaWeights." + criterion, weight, 0, MAX_WEIGHT));
        errors.check(weights.values().stream().anyMatch(w -> w > 0), "criteriaWeights", "mentorhub.program.noCriterion")
                .throwIfAny();
    }

    /** Every criterion except diversity at the same middle weight: a neutral start for a new program. */
    public static CriteriaWeights balanced() {
        Map<MatchCriterion, Integer> weights = new EnumMap<>(MatchCriterion.class);
        for (MatchCriterion criterion : MatchCriterion.values()) {
            weights.put(criterion, criterion == MatchCriterion.DIVERSITY ? 0 : MAX_WEIGHT / 2);
        }
        return new CriteriaWeights(weights);
    }

    public int weightOf(MatchCriterion criterion) {
        return weights.getOrDefault(criterion, 0);
    }
}
