package org.mentorhub.matching.assignment;

/** What the administrative assignment optimizes. */
public enum Objective {
    /** Maximum total weight; a mentee stays unmatched when that raises the total. */
    MAXIMIZE_SCORE,
    /** Maximum number of matched mentees first, then maximum total weight among those assignments. */
    MAXIMIZE_MATCHES_THEN_SCORE
}
