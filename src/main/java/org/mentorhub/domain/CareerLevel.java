package org.mentorhub.domain;

/** Seniority, ordered from most junior to most senior (reverse mentoring pairs a lower level as mentor). */
public enum CareerLevel {
    ENTRY, PROFESSIONAL, SENIOR, LEAD, MANAGER, DIRECTOR, EXECUTIVE
}
