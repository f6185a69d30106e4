package org.mentorhub.matching;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.mentorhub.matching.assignment.AssignmentInstance;

/**
 * Mentee-proposing deferred acceptance with mentor capacities (Gale–Shapley): the result has no blocking pair.
 * Mentees rank their candidates by edge weight (ties: earlier edge first); mentors rank proposers by their own
 * weight of the edge (ties: smaller mentee index first). Mentees may stay unmatched.
 */
public final class StableMatcher {

    /**
     * @param mentorWeight the mentor's preference weight per edge of {@code instance} (same edge numbering)
     * @return the mentor of each mentee, -1 when unmatched
     */
    public int[] match(AssignmentInstance instance, long[] mentorWeight) {
        int n = instance.menteeCount();
        Integer[][] proposalOrder = new Integer[n][];
        for (int i = 0; i < n; i++) {
            int first = instance.firstEdge(i);
            Integer[] order = new Integer[instance.firstEdge(i + 1) - first];
            for (int k = 0; k < order.length; k++) {
                order[k] = first + k;
            }
            Arrays.sort(order, (a, b) -> instance.edgeWeight(a) != instance.edgeWeight(b)
                    ? Long.compare(instance.edgeWeight(b), instance.edgeWeight(a)) : Integer.compare(a, b));
            proposalOrder[i] = order;
        }
        int[] nextProposal = new int[n];
        int[] heldEdge = new int[n];
        Arrays.fill(heldEdge, -1);
        // Each mentor's held proposals, worst (by the mentor's ranking) on top.
        @SuppressWarnings("unchecked")
        PriorityQueue<Integer>[] held = new PriorityQueue[instance.mentorCount()];
        java.util.ArrayDeque<Integer> free = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            free.add(i);
        }
        while (!free.isEmpty()) {
            int mentee = free.poll();
            if (nextProposal[mentee] == proposalOrder[mentee].length) {
                continue; // Rejected everywhere: stays unmatched.
            }
            int edge = proposalOrder[mentee][nextProposal[mentee]++];
            int mentor = instance.edgeMentor(edge);
            if (held[mentor] == null) {
                held[mentor] = new PriorityQueue<>((a, b) -> mentorPrefers(instance, mentorWeight, a, b) ? 1
                        : mentorPrefers(instance, mentorWeight, b, a) ? -1 : 0);
            }
            held[mentor].add(edge);
            heldEdge[mentee] = edge;
            if (held[mentor].size() > instance.capacity(mentor)) {
                int rejectedEdge = held[mentor].poll();
                int rejected = menteeOf(instance, rejectedEdge);
                heldEdge[rejected] = -1;
                free.add(rejected);
            }
        }
        int[] mentorOf = new int[n];
        for (int i = 0; i < n; i++) {
            mentorOf[i] = heldEdge[i] < 0 ? -1 : instance.edgeMentor(heldEdge[i]);
        }
        return mentorOf;
    }

    /** Whether the mentor of both edges prefers the proposer of edge {@code a} to that of edge {@code b}. */
    public static boolean mentorPrefers(AssignmentInstance instance, long[] mentorWeight, int a, int b) {
        if (mentorWeight[a] != mentorWeight[b]) {
            return mentorWeight[a] > mentorWeight[b];
        }
        return menteeOf(instance, a) < menteeOf(instance, b);
    }

    static int menteeOf(AssignmentInstance instance, int edge) {
        int low = 0;
        int high = instance.menteeCount() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (instance.firstEdge(mid) <= edge) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
