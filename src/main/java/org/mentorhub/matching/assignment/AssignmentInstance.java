package org.mentorhub.matching.assignment;

import static org.mentorhub.matching.MatchingInputException.Problem.DUPLICATE_CANDIDATE;
import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_SCORE;
import static org.mentorhub.matching.MatchingInputException.Problem.NEGATIVE_CAPACITY;
import static org.mentorhub.matching.MatchingInputException.Problem.UNKNOWN_PARTICIPANT;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.Arrays;

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

    /** Collects candidate edges in any order, validates them, then lays them out per mentee. */
    public static final class Builder {
        private final int menteeCount;
        private final int[] capacity;
        private int[] mentees = new int[16];
        private int[] mentors = new int[16];
        private long[] weights = new long[16];
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
            require(mentee >= 0 && mentee < menteeCount, UNKNOWN_PARTICIPANT, "unknown mentee " + mentee, mentee);
            require(mentor >= 0 && mentor < capacity.length, UNKNOWN_PARTICIPANT, "unknown mentor " + mentor, mentor);
            require(weight >= 0, INVALID_SCORE, "negative weight " + weight, weight);
            if (size == mentees.length) {
                int grown = size * 2;
                mentees = Arrays.copyOf(mentees, grown);
                mentors = Arrays.copyOf(mentors, grown);
                weights = Arrays.copyOf(weights, grown);
            }
            mentees[size] = mentee;
            mentors[size] = mentor;
            weights[size] = weight;
            size++;
            return this;
        }

        public AssignmentInstance build() {
            int[] start = new int[menteeCount + 1];
            for (int k = 0; k < size; k++) {
                start[mentees[k] + 1]++;
            }
            for (int i = 0; i < menteeCount; i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, menteeCount);
            int[] edgeMentor = new int[size];
            long[] edgeWeight = new long[size];
            for (int k = 0; k < size; k++) {
                int slot = next[mentees[k]]++;
                edgeMentor[slot] = mentors[k];
                edgeWeight[slot] = weights[k];
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
                    require(lastMentee[mentor] != i, DUPLICATE_CANDIDATE,
                            "duplicate candidate pair mentee " + i + " / mentor " + mentor, i, mentor);
                    lastMentee[mentor] = i;
                }
            }
        }
    }
}
