package org.mentorhub.domain;

/** Self-assessed proficiency, ordered from least to most. */
public enum SkillLevel {
    BEGINNER, INTERMEDIATE, ADVANCED, EXPERT
}
