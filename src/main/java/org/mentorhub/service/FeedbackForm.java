package org.mentorhub.service;

import java.util.Map;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.RatingQuestion;

/** A pair member's survey answer; see {@link org.mentorhub.domain.Feedback} for the scales. */
public record FeedbackForm(FeedbackKind kind, Map<RatingQuestion, Integer> ratings, int recommendScore,
                           Integer confidenceBefore, Integer confidenceAfter, String comment) {
}
