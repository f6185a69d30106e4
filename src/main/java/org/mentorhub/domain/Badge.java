package org.mentorhub.domain;

/** Recognition a mentor earns in a program. */
public enum Badge {
    /** Attended a first session as mentor. */
    FIRST_SESSION,
    /** Ten hours of sessions attended as mentor. */
    TEN_HOURS,
    /** Fifty hours of sessions attended as mentor. */
    FIFTY_HOURS,
    /** Saw a pairing through to completion. */
    PAIRING_COMPLETED
}
