package org.mentorhub.matching.assignment;

/**
 * A solved assignment: the mentor of each mentee (-1 when unmatched) and the edge used, with the total weight.
 */
public final class Assignment {

    public static final int UNMATCHED = -1;

    private final int[] mentorOfMentee;
    private final int[] edgeOfMentee;
    private final long totalWeight;
    private final int matchedCount;

    Assignment(int[] mentorOfMentee, int[] edgeOfMentee, long totalWeight, int matchedCount) {
        this.mentorOfMentee = mentorOfMentee;
        this.edgeOfMentee = edgeOfMentee;
        this.totalWeight = totalWeight;
        this.matchedCount = matchedCount;
    }

    public int mentorOf(int mentee) {
        return mentorOfMentee[mentee];
    }

    /** The candidate edge used by a mentee, or -1 when unmatched. */
    public int edgeOf(int mentee) {
        return edgeOfMentee[mentee];
    }

    /** Sum of the original (not re-weighted) edge weights of the chosen pairs. */
    public long totalWeight() {
        return totalWeight;
    }

    public int matchedCount() {
        return matchedCount;
    }

    public int menteeCount() {
        return mentorOfMentee.length;
    }
}
