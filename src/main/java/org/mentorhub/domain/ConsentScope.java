package org.mentorhub.domain;

/** What a participant agreed to. */
public enum ConsentScope {
    /** Take part in the program and let its managers and the matcher use the profile. */
    PARTICIPATION,
    /** Store self-reported demographics, used only for matching where the program allows it and never shown to anyone else. */
    DEMOGRAPHICS
}
