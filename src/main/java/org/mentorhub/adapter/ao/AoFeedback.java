package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A pair member's answer to a survey. */
@Table("FEEDBACK")
public interface AoFeedback extends Entity, Identified, InProgram, InPairing {
    String RESPONDENT_KEY = "RESPONDENT_KEY";
    String SURVEY = "SURVEY";
    String SURVEY_RESPONDENT = "SURVEY_RESPONDENT";
    String RATINGS = "RATINGS";
    String RECOMMEND_SCORE = "RECOMMEND_SCORE";
    String CONFIDENCE_BEFORE = "CONFIDENCE_BEFORE";
    String CONFIDENCE_AFTER = "CONFIDENCE_AFTER";
    String FEEDBACK_TEXT = "FEEDBACK_TEXT";
    String SUBMITTED_AT = "SUBMITTED_AT";

    /** The respondent's user key. */
    @NotNull
    @Indexed
    String getRespondentKey();

    void setRespondentKey(String respondentKey);

    /** {@link org.mentorhub.domain.FeedbackKind} name. */
    @NotNull
    String getSurvey();

    void setSurvey(String survey);

    /** Pairing id, survey and respondent: unique, one answer each. */
    @NotNull
    @Unique
    @StringLength(Columns.COMPOSITE_KEY_LENGTH)
    String getSurveyRespondent();

    void setSurveyRespondent(String surveyRespondent);

    /** 1-to-5 rating per question answered, e.g. {@code RELATIONSHIP=5,MEETING_VALUE=3}; empty if none was. */
    String getRatings();

    void setRatings(String ratings);

    /** 0-to-10 recommend score (eNPS). */
    @NotNull
    int getRecommendScore();

    void setRecommendScore(int recommendScore);

    /** Self-assessed confidence before the pairing, 1 to 5. */
    Integer getConfidenceBefore();

    void setConfidenceBefore(Integer confidenceBefore);

    /** Self-assessed confidence now, 1 to 5. */
    Integer getConfidenceAfter();

    void setConfidenceAfter(Integer confidenceAfter);

    /** The respondent's comment; free text, never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getFeedbackText();

    void setFeedbackText(String feedbackText);

    /** When the answer was submitted, epoch milliseconds. */
    @NotNull
    long getSubmittedAt();

    void setSubmittedAt(long submittedAt);
}
