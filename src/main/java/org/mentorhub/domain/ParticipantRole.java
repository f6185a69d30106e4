package org.mentorhub.domain;

/** What a participant does in a program; one person may be both. */
public enum ParticipantRole {
    MENTOR, MENTEE
}
