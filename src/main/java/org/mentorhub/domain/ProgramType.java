package org.mentorhub.domain;

/** The mentoring model a program runs. */
public enum ProgramType {
    /** One mentor, one mentee. */
    ONE_ON_ONE,
    /** One mentor with a small group of mentees. */
    GROUP,
    /** A junior colleague mentors a senior leader, mapped to a business need. */
    REVERSE,
    /** Short, topic-based pairings; people join and pair while the program runs, and may hold several pairings. */
    JUST_IN_TIME;

    public boolean allowsGroups() {
        return this == GROUP;
    }

    /** Whether a mentee may hold several accepted pairings in one program at the same time. */
    public boolean allowsConcurrentPairingsPerMentee() {
        return this == JUST_IN_TIME;
    }

    /** Whether people may still enroll (and be paired) after matching started. */
    public boolean enrollsWhileRunning() {
        return this == JUST_IN_TIME;
    }
}
