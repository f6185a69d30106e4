package org.mentorhub.domain;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Employee Net Promoter Score of a set of 0-10 recommend scores: the percentage of promoters (9-10)
 * minus the percentage of detractors (0-6), from -100 to 100; passives (7-8) only count in the total.
 */
public record Enps(int promoters, int passives, int detractors) {

    public static Enps of(Collection<Integer> recommendScores) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int score : recommendScores) {
            FieldErrors.builder().range("recommendScore", score, 0, 10).throwIfAny();
            if (score >= 9) {
                promoters++;
            } else if (score >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new Enps(promoters, passives, detractors);
    }

    public int responses() {
        return promoters + passives + detractors;
    }

    /** The score in percent; empty without responses, where a score would mean nothing. */
    public OptionalDouble percent() {
        int total = responses();
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / total);
    }
}
