package org.mentorhub.adapter.rest;

import java.util.Map;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.service.FeedbackForm;

/** The body of a survey answer; see {@link org.mentorhub.domain.Feedback} for the scales. */
public record FeedbackRequest(FeedbackKind kind, Map<RatingQuestion, Integer> ratings, int recommendScore, Integer confidenceBefore,
                              Integer confidenceAfter, String comment) {

    public FeedbackForm toForm() {
        return new FeedbackForm(kind, ratings, recommendScore, confidenceBefore, confidenceAfter, comment);
    }
}
