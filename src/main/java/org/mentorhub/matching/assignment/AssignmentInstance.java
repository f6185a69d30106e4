package org.mentorhub.matching.assignment;

import static org.mentorhub.matching.MatchingInputException.Problem.DUPLICATE_CANDIDATE;
import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_SCORE;
import static org.mentorhub.matching.MatchingInputException.Problem.NEGATIVE_CAPACITY;
import static org.mentorhub.matching.MatchingInputException.Problem.UNKNOWN_PARTICIPANT;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.Arrays;
import org.mentorhub.matching.MatchingInputException;

/**
 * A capacitated bipartite assignment instance on primitive arrays: mentees {@code 0..menteeCount-1}, mentors
 * {@code 0..mentorCount-1} with capacities, and candidate edges with non-negative integer weights stored per
 * mentee (compressed sparse rows, in insertion order, which is also the solver's tie-break order).
 */
public final class AssignmentInstance {

    private final int menteeCount;
    private final int[] capacity;
    private final int[] edgeStart;
    private final int[] edgeMentor;
    private final long[] edgeWeight;

    private AssignmentInstance(int menteeCount, int[] capacity, int[] edgeStart, int[] edgeMentor, long[] edgeWeight) {
        this.menteeCount = menteeCount;
        this.capacity = capacity;
        this.edgeStart = edgeStart;
        this.edgeMentor = edgeMentor;
        this.edgeWeight = edgeWeight;
    }

    public static Builder builder(int menteeCount, int[] mentorCapacities) {
        return new Builder(menteeCount, mentorCapacities);
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return capacity.length;
    }

    public int capacity(int mentor) {
        return capacity[mentor];
    }

    public int edgeCount() {
        return edgeMentor.length;
    }

    /** First edge index of a mentee; its edges are {@code firstEdge(i) .. firstEdge(i + 1) - 1}. */
    public int firstEdge(int mentee) {
        return edgeStart[mentee];
    }

    public int edgeMentor(int edge) {
        return edgeMentor[edge];
    }

    public long edgeWeight(int edge) {
        return edgeWeight[edge];
    }

    /** The edge between a mentee and a mentor, or -1. */
    public int findEdge(int mentee, int mentor) {
        for (int e = edgeStart[mentee]; e < edgeStart[mentee + 1]; e++) {
            if (edgeMentor[e] == mentor) {
                return e;
            }
        }
        return -1;
    }

    /**
     * Collects candidate edges in any order, validates them, then lays them out per mentee. Candidates are kept in
     * fixed-size blocks, so a large instance is never copied while it grows (fresh memory is what building a
     * million-candidate instance mostly costs).
     */
    public static final class Builder {
        private static final int BLOCK_BITS = 12;
        private static final int BLOCK = 1 << BLOCK_BITS;

        private final int menteeCount;
        private final int[] capacity;
        private int[][] mentees = new int[1][];
        private int[][] mentors = new int[1][];
        private long[][] weights = new long[1][];
        private int size;

        private Builder(int menteeCount, int[] mentorCapacities) {
            require(menteeCount >= 0, INVALID_PARAMETER, "mentee count must not be negative", menteeCount);
            for (int mentor = 0; mentor < mentorCapacities.length; mentor++) {
                require(mentorCapacities[mentor] >= 0, NEGATIVE_CAPACITY,
                        "mentor " + mentor + " has negative capacity " + mentorCapacities[mentor],
                        mentor, mentorCapacities[mentor]);
            }
            this.menteeCount = menteeCount;
            this.capacity = mentorCapacities.clone();
        }

        public Builder addCandidate(int mentee, int mentor, long weight) {
            if (mentee < 0 || mentee >= menteeCount || mentor < 0 || mentor >= capacity.length || weight < 0) {
                rejectCandidate(mentee, mentor, weight); // Messages are built only on this path (hot loop).
            }
            int block = size >>> BLOCK_BITS;
            int offset = size & (BLOCK - 1);
            if (offset == 0) {
                addBlock(block);
            }
            mentees[block][offset] = mentee;
            mentors[block][offset] = mentor;
            weights[block][offset] = weight;
            size++;
            return this;
        }

        private void addBlock(int block) {
            if (block == mentees.length) {
                mentees = Arrays.copyOf(mentees, block * 2);
                mentors = Arrays.copyOf(mentors, block * 2);
                weights = Arrays.copyOf(weights, block * 2);
            }
            mentees[block] = new int[BLOCK];
            mentors[block] = new int[BLOCK];
            weights[block] = new long[BLOCK];
        }

        private void rejectCandidate(int mentee, int mentor, long weight) {
            require(mentee >= 0 && mentee < menteeCount, UNKNOWN_PARTICIPANT, "unknown mentee " + mentee, mentee);
            require(mentor >= 0 && mentor < capacity.length, UNKNOWN_PARTICIPANT, "unknown mentor " + mentor, mentor);
            require(weight >= 0, INVALID_SCORE, "negative weight " + weight, weight);
        }

        public AssignmentInstance build() {
            int[] start = new int[menteeCount + 1];
            for (int k = 0; k < size; k++) {
                start[mentees[k >>> BLOCK_BITS][k & (BLOCK - 1)] + 1]++;
            }
            for (int i = 0; i < menteeCount; i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, menteeCount);
            int[] edgeMentor = new int[size];
            long[] edgeWeight = new long[size];
            for (int k = 0; k < size; k++) {
                int block = k >>> BLOCK_BITS;
                int offset = k & (BLOCK - 1);
                int slot = next[mentees[block][offset]]++;
                edgeMentor[slot] = mentors[block][offset];
                edgeWeight[slot] = weights[block][offset];
            }
            rejectDuplicatePairs(start, edgeMentor);
            return new AssignmentInstance(menteeCount, capacity, start, edgeMentor, edgeWeight);
        }

        private void rejectDuplicatePairs(int[] start, int[] edgeMentor) {
            int[] lastMentee = new int[capacity.length];
            Arrays.fill(lastMentee, -1);
            for (int i = 0; i < menteeCount; i++) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int mentor = edgeMentor[e];
                    if (lastMentee[mentor] == i) {
                        throw new MatchingInputException(DUPLICATE_CANDIDATE,
                                "duplicate candidate pair mentee " + i + " / mentor " + mentor, i, mentor);
                    }
                    lastMentee[mentor] = i;
                }
            }
        }
    }
}
