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

    /** The assignment using the given candidate edge per mentee (-1 when unmatched); takes the array over. */
    static Assignment ofEdges(AssignmentInstance instance, int[] edgeOfMentee) {
        int[] mentorOf = new int[edgeOfMentee.length];
        long total = 0;
        int matched = 0;
        for (int i = 0; i < edgeOfMentee.length; i++) {
            int e = edgeOfMentee[i];
            if (e < 0) {
                mentorOf[i] = UNMATCHED;
            } else {
                mentorOf[i] = instance.edgeMentor(e);
                total += instance.edgeWeight(e);
                matched++;
            }
        }
        return new Assignment(mentorOf, edgeOfMentee, total, matched);
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
