package org.mentorhub.adapter.rest;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.RatingQuestion;

/** A survey answer as its respondent sent it. */
public record FeedbackDto(String id, String pairingId, String respondent, FeedbackKind kind, Map<RatingQuestion, Integer> ratings,
                          int recommendScore, Integer confidenceBefore, Integer confidenceAfter, String comment, Instant submittedAt) {

    public static FeedbackDto from(Feedback feedback) {
        return new FeedbackDto(feedback.id().toString(), feedback.pairingId().toString(), feedback.respondent().value(), feedback.kind(),
                new TreeMap<>(feedback.ratings()), feedback.recommendScore(), feedback.confidenceBefore(), feedback.confidenceAfter(),
                feedback.comment(), feedback.submittedAt());
    }
}
