package org.mentorhub.domain;

import java.time.LocalDate;

/** When a survey opens and when its answer is due (later answers are still welcome, but overdue). */
public record SurveyWindow(LocalDate opens, LocalDate due) {
    static final int EARLY_FEEDBACK_OPENS_AFTER_DAYS = 14;
    static final int EARLY_FEEDBACK_DUE_AFTER_DAYS = 28;

    /** Early feedback: from two weeks after the start, due four weeks after it. */
    public static SurveyWindow earlyFeedback(LocalDate pairingStart) {
        return new SurveyWindow(pairingStart.plusDays(EARLY_FEEDBACK_OPENS_AFTER_DAYS), pairingStart.plusDays(EARLY_FEEDBACK_DUE_AFTER_DAYS));
    }

    public boolean hasOpened(LocalDate today) {
        return !today.isBefore(opens);
    }

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }
}
