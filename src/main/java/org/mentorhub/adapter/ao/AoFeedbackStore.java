package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.composite;
import static org.mentorhub.adapter.ao.Columns.enumMap;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.numbers;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.port.FeedbackScores;
import org.mentorhub.port.FeedbackStore;

/** Survey answers in {@link AoFeedback} rows, one per pairing, survey and respondent. */
@Named
public class AoFeedbackStore implements FeedbackStore {
    private final ActiveObjects ao;

    @Inject
    public AoFeedbackStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insert(Feedback feedback) {
        String surveyRespondent = composite(uuid(feedback.pairingId()), name(feedback.kind()), key(feedback.respondent()));
        ao.executeInTransaction(() -> {
            if (ao.count(AoFeedback.class, Query.select().where(AoFeedback.SURVEY_RESPONDENT + " = ?", surveyRespondent)) > 0) {
                throw alreadySubmitted(feedback);
            }
            DuplicateKeys.insertOnce(() -> ao.create(AoFeedback.class, new Row()
                .set(Identified.UUID, uuid(feedback.id()))
                .set(InPairing.PAIRING_UUID, uuid(feedback.pairingId()))
                .set(InProgram.PROGRAM_UUID, uuid(feedback.programId()))
                .set(AoFeedback.RESPONDENT_KEY, key(feedback.respondent()))
                .set(AoFeedback.SURVEY, name(feedback.kind()))
                .set(AoFeedback.SURVEY_RESPONDENT, surveyRespondent)
                .set(AoFeedback.RATINGS, numbers(feedback.ratings()))
                .set(AoFeedback.RECOMMEND_SCORE, feedback.recommendScore())
                .set(AoFeedback.CONFIDENCE_BEFORE, feedback.confidenceBefore())
                .set(AoFeedback.CONFIDENCE_AFTER, feedback.confidenceAfter())
                .set(AoFeedback.FEEDBACK_TEXT, feedback.comment())
                .set(AoFeedback.SUBMITTED_AT, millis(feedback.submittedAt()))
                .values()), () -> alreadySubmitted(feedback));
            return null;
        });
    }

    @Override
    public List<Feedback> listByPairing(Id<Pairing> pairingId) {
        return answers(Query.select().where(InPairing.PAIRING_UUID + " = ?", uuid(pairingId)));
    }

    @Override
    public List<FeedbackScores> listScores(Id<Program> programId, Instant from, Instant to) {
        List<FeedbackScores> scores = new ArrayList<>();
        ao.stream(AoFeedback.class, Query.select(String.join(", ", "ID", AoFeedback.RATINGS, AoFeedback.RECOMMEND_SCORE,
                    AoFeedback.CONFIDENCE_BEFORE, AoFeedback.CONFIDENCE_AFTER))
                .where(InProgram.PROGRAM_UUID + " = ? AND " + AoFeedback.SUBMITTED_AT + " >= ? AND " + AoFeedback.SUBMITTED_AT + " < ?",
                    uuid(programId), millis(from), millis(to)),
            row -> scores.add(new FeedbackScores(enumMap(RatingQuestion.class, row.getRatings()), row.getRecommendScore(),
                row.getConfidenceBefore(), row.getConfidenceAfter())));
        return scores;
    }

    private List<Feedback> answers(Query query) {
        return Arrays.stream(ao.find(AoFeedback.class, query.order(AoFeedback.SUBMITTED_AT + ", ID")))
            .map(row -> new Feedback(id(row.getUuid()), id(row.getPairingUuid()), id(row.getProgramUuid()), user(row.getRespondentKey()),
                enumValue(FeedbackKind.class, row.getSurvey()), enumMap(RatingQuestion.class, row.getRatings()), row.getRecommendScore(),
                row.getConfidenceBefore(), row.getConfidenceAfter(), row.getFeedbackText(), instant(row.getSubmittedAt())))
            .toList();
    }

    private static ConflictException alreadySubmitted(Feedback feedback) {
        return new ConflictException("mentorhub.feedback.alreadySubmitted", feedback.kind());
    }
}
