package org.mentorhub.domain;

/** The 1-to-5 questions of a feedback survey. */
public enum RatingQuestion {
    RELATIONSHIP, GOAL_PROGRESS, MEETING_VALUE, PROGRAM_SUPPORT
}
