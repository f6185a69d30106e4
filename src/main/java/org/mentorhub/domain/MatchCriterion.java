package org.mentorhub.domain;

/** A profile aspect a program may weigh when matching mentors and mentees. */
public enum MatchCriterion {
    SKILLS, INTERESTS, GOALS, CAREER_LEVEL, BUSINESS_FUNCTION, LOCATION, TIME_ZONE, LANGUAGES, AVAILABILITY,
    /** Consented, self-reported demographics; only usable where the program allows diversity preferences. */
    DIVERSITY
}
