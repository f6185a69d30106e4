package org.mentorhub.domain;

/** Who creates pairings in a program. */
public enum MatchingMode {
    /** Mentees choose and request their mentor; the mentor may decline. */
    SELF,
    /** Program managers (helped by the matcher) propose pairings. */
    ADMIN,
    /** Both: managers propose, mentees may also request. */
    HYBRID;

    public boolean allowsMenteeRequests() {
        return this != ADMIN;
    }

    public boolean allowsManagerProposals() {
        return this != SELF;
    }
}
