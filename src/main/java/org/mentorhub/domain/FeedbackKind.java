package org.mentorhub.domain;

import java.time.LocalDate;

/** Which survey a feedback answers. */
public enum FeedbackKind {
    /** Asked 2 to 4 weeks after the pairing started, while there is still time to fix a poor fit. */
    EARLY,
    /** Asked once the pairing has ended. */
    FINAL;

    /** Whether this survey may be answered for {@code pairing} on {@code today}. */
    public boolean isOpenFor(Pairing pairing, LocalDate today) {
        return switch (this) {
            case EARLY -> pairing.startDate() != null && SurveyWindow.earlyFeedback(pairing.startDate()).hasOpened(today);
            case FINAL -> pairing.status() == PairingStatus.COMPLETED || pairing.status() == PairingStatus.ENDED_EARLY;
        };
    }
}
