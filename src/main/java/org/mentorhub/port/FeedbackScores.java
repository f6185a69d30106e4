package org.mentorhub.port;

import java.util.Map;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.RatingQuestion;

/**
 * What a report counts of a survey answer: its numbers, without who answered, what they wrote or when, so that a
 * program's answers of a period read in one narrow pass.
 *
 * @param confidenceBefore {@code null} when not given, as in {@link Feedback}
 * @param confidenceAfter  {@code null} when not given, as in {@link Feedback}
 */
public record FeedbackScores(Map<RatingQuestion, Integer> ratings, int recommendScore, Integer confidenceBefore, Integer confidenceAfter) {

    public FeedbackScores {
        ratings = Map.copyOf(ratings);
    }

    public static FeedbackScores of(Feedback answer) {
        return new FeedbackScores(answer.ratings(), answer.recommendScore(), answer.confidenceBefore(), answer.confidenceAfter());
    }
}
