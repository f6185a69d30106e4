package org.mentorhub.matching.assignment;

/** What a matching run aims for: one of the two optimal assignments, or a stable one. */
public enum Objective {
    /** Maximum total weight; a mentee stays unmatched when that raises the total. */
    MAXIMIZE_SCORE,
    /** Maximum number of matched mentees first, then maximum total weight among those assignments. */
    MAXIMIZE_MATCHES_THEN_SCORE,
    /**
     * No blocking pair instead of the best total: mentee-proposing deferred acceptance
     * ({@link org.mentorhub.matching.StableMatcher}), run by {@link org.mentorhub.matching.MatchingEngine}. Not an
     * optimization objective, so {@link AssignmentSolver} refuses it.
     */
    STABLE;

    /** Whether {@link AssignmentSolver} optimizes for this objective. */
    public boolean optimal() {
        return this != STABLE;
    }
}
