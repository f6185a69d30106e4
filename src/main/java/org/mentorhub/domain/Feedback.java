package org.mentorhub.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A pair member's answer to a survey.
 *
 * @param ratings          1 (poor) to 5 (excellent) per question answered
 * @param recommendScore   0 to 10, "how likely are you to recommend this program to a colleague" (eNPS)
 * @param confidenceBefore optional 1 to 5 self-assessed confidence before the pairing
 * @param confidenceAfter  optional 1 to 5 self-assessed confidence now
 */
public record Feedback(
        Id<Feedback> id,
        Id<Pairing> pairingId,
        Id<Program> programId,
        UserKey respondent,
        FeedbackKind kind,
        Map<RatingQuestion, Integer> ratings,
        int recommendScore,
        Integer confidenceBefore,
        Integer confidenceAfter,
        String comment,
        Instant submittedAt) {

    public Feedback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(submittedAt, "submittedAt");
        ratings = Copies.map(ratings);
        FieldErrors.Builder errors = FieldErrors.builder().required("kind", kind);
        ratings.forEach((question, rating) -> errors.range("ratings." + question, rating, 1, 5));
        errors.range("recommendScore", recommendScore, 0, 10)
                .optionalRange("confidenceBefore", confidenceBefore, 1, 5)
                .optionalRange("confidenceAfter", confidenceAfter, 1, 5)
                .optionalText("comment", comment, 4000)
                .throwIfAny();
    }
}
