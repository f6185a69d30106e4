package org.mentorhub.adapter.ao.upgrade.v1;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import org.mentorhub.adapter.ao.Identified;
import org.mentorhub.adapter.ao.InJira;
import org.mentorhub.adapter.ao.InProgram;

/**
 * The pairing columns of model version 1, frozen: mentor, status, match score and agreement. A plain interface that
 * both {@link AoPairingV1} and the current {@code AoPairing} extend, so the version-1 shape is declared once.
 * Its mentees, with their acceptance of the agreement, are {@code AoPairingMentee} rows. The agreement columns are
 * empty until someone sets the terms.
 */
public interface PairingColumns extends Identified, InProgram, InJira {
    String MENTOR_KEY = "MENTOR_KEY";
    String STATUS = "STATUS";
    String SCORE = "SCORE";
    String SCORE_REASONS = "SCORE_REASONS";
    String SCORE_EXPLANATION = "SCORE_EXPLANATION";
    String CONFIDENTIAL = "CONFIDENTIAL";
    String MEETING_CADENCE = "MEETING_CADENCE";
    String AGREED_DURATION = "AGREED_DURATION";
    String EXPECTATIONS = "EXPECTATIONS";
    String MENTOR_AGREED_AT = "MENTOR_AGREED_AT";
    String START_DATE = "START_DATE";
    String END_DATE = "END_DATE";
    String CREATED_AT = "CREATED_AT";
    /** ISO dates, as {@code Columns.DATE_LENGTH} in version 1. */
    int DATE_LENGTH = 10;

    /** The mentor's user key. */
    @NotNull
    @Indexed
    String getMentorKey();

    void setMentorKey(String mentorKey);

    /** {@link org.mentorhub.domain.PairingStatus} name. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** Match score from 0 to 1; empty when nobody scored the pairing. */
    Double getScore();

    void setScore(Double score);

    /** i18n keys of the match reasons, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getScoreReasons();

    void setScoreReasons(String scoreReasons);

    /** The match explanation as text; never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getScoreExplanation();

    void setScoreExplanation(String scoreExplanation);

    /** Agreement: whether what is said stays in the pair. */
    Boolean getConfidential();

    void setConfidential(Boolean confidential);

    /** Agreement: how often the pair meets, ISO period; set exactly when there is an agreement. */
    String getMeetingCadence();

    void setMeetingCadence(String meetingCadence);

    /** Agreement: how long the pairing runs, ISO period. */
    String getAgreedDuration();

    void setAgreedDuration(String agreedDuration);

    /** Agreement: what each side commits to; free text, never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getExpectations();

    void setExpectations(String expectations);

    /** When the mentor accepted the agreement, epoch milliseconds. */
    Long getMentorAgreedAt();

    void setMentorAgreedAt(Long mentorAgreedAt);

    /** First day of the active pairing, ISO date. */
    @StringLength(DATE_LENGTH)
    String getStartDate();

    void setStartDate(String startDate);

    /** Planned or actual last day, ISO date. */
    @StringLength(DATE_LENGTH)
    String getEndDate();

    void setEndDate(String endDate);

    /** When the pairing was made, epoch milliseconds; programs list pairings oldest first. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
