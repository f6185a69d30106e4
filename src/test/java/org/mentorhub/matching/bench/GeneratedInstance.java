package org.mentorhub.matching.bench;

import java.util.SplittableRandom;

/**
 * A seeded random scored instance on plain arrays, fed identically to every solver under comparison. Weights are
 * scores in (0, 100] with three decimals, scaled by 1000 to integers.
 */
public final class GeneratedInstance {

    public final int menteeCount;
    public final int[] capacity;
    public final int[] edgeMentee;
    public final int[] edgeMentor;
    public final long[] edgeWeight;

    private GeneratedInstance(int menteeCount, int[] capacity, int[] edgeMentee, int[] edgeMentor, long[] edgeWeight) {
        this.menteeCount = menteeCount;
        this.capacity = capacity;
        this.edgeMentee = edgeMentee;
        this.edgeMentor = edgeMentor;
        this.edgeWeight = edgeWeight;
    }

    /** Uniform: each mentee gets {@code candidates} distinct mentors drawn uniformly, scores uniform. */
    public static GeneratedInstance uniform(int mentees, int mentors, int minCapacity, int maxCapacity,
                                            int candidates, long seed) {
        return generate(mentees, mentors, minCapacity, maxCapacity, candidates, seed, false);
    }

    /**
     * Correlated: mentors have a popularity (Zipf-like draw) and skill clusters; a mentee draws candidates mostly
     * from its own cluster and favours popular mentors, and scores share a mentor quality term, so many mentees
     * want the same few mentors.
     */
    public static GeneratedInstance correlated(int mentees, int mentors, int minCapacity, int maxCapacity,
                                               int candidates, long seed) {
        return generate(mentees, mentors, minCapacity, maxCapacity, candidates, seed, true);
    }

    /** The same instance as plain arrays, for the reference solvers. */
    public static GeneratedInstance from(org.mentorhub.matching.assignment.AssignmentInstance instance) {
        int[] capacity = new int[instance.mentorCount()];
        for (int j = 0; j < capacity.length; j++) {
            capacity[j] = instance.capacity(j);
        }
        int[] mentee = new int[instance.edgeCount()];
        int[] mentor = new int[instance.edgeCount()];
        long[] weight = new long[instance.edgeCount()];
        for (int i = 0; i < instance.menteeCount(); i++) {
            for (int e = instance.firstEdge(i); e < instance.firstEdge(i + 1); e++) {
                mentee[e] = i;
                mentor[e] = instance.edgeMentor(e);
                weight[e] = instance.edgeWeight(e);
            }
        }
        return new GeneratedInstance(instance.menteeCount(), capacity, mentee, mentor, weight);
    }

    /** This instance through our builder, candidates in edge order. */
    public org.mentorhub.matching.assignment.AssignmentInstance toAssignmentInstance() {
        org.mentorhub.matching.assignment.AssignmentInstance.Builder builder =
                org.mentorhub.matching.assignment.AssignmentInstance.builder(menteeCount, capacity);
        for (int e = 0; e < edgeCount(); e++) {
            builder.addCandidate(edgeMentee[e], edgeMentor[e], edgeWeight[e]);
        }
        return builder.build();
    }

    /** Complete bipartite {@code size × size}, capacity 1 (a linear sum assignment). */
    public static GeneratedInstance dense(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] capacity = new int[size];
        java.util.Arrays.fill(capacity, 1);
        int edges = size * size;
        int[] mentee = new int[edges];
        int[] mentor = new int[edges];
        long[] weight = new long[edges];
        for (int i = 0, e = 0; i < size; i++) {
            for (int j = 0; j < size; j++, e++) {
                mentee[e] = i;
                mentor[e] = j;
                weight[e] = 1 + random.nextInt(100_000);
            }
        }
        return new GeneratedInstance(size, capacity, mentee, mentor, weight);
    }

    private static GeneratedInstance generate(int mentees, int mentors, int minCapacity, int maxCapacity,
                                              int candidates, long seed, boolean correlated) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] capacity = new int[mentors];
        double[] quality = new double[mentors];
        int clusters = Math.max(1, mentors / 200);
        for (int j = 0; j < mentors; j++) {
            capacity[j] = minCapacity + random.nextInt(maxCapacity - minCapacity + 1);
            quality[j] = random.nextDouble();
        }
        int edges = mentees * candidates;
        int[] mentee = new int[edges];
        int[] mentor = new int[edges];
        long[] weight = new long[edges];
        int[] seen = new int[mentors];
        java.util.Arrays.fill(seen, -1);
        int clusterSize = mentors / clusters;
        for (int i = 0, e = 0; i < mentees; i++) {
            int cluster = random.nextInt(clusters);
            for (int k = 0; k < candidates; k++, e++) {
                int j;
                do {
                    j = correlated ? correlatedMentor(random, mentors, cluster, clusterSize) : random.nextInt(mentors);
                } while (seen[j] == i);
                seen[j] = i;
                mentee[e] = i;
                mentor[e] = j;
                double score = correlated
                        ? 60 * quality[j] + 40 * random.nextDouble()
                        : 100 * random.nextDouble();
                weight[e] = Math.max(1, Math.round(score * 1000));
            }
        }
        return new GeneratedInstance(mentees, capacity, mentee, mentor, weight);
    }

    private static int correlatedMentor(SplittableRandom random, int mentors, int cluster, int clusterSize) {
        if (random.nextInt(10) < 8) {
            // Popular (low-index) mentors of the mentee's cluster are drawn more often: u^2 skews to the front.
            double u = random.nextDouble();
            return Math.min(mentors - 1, cluster * clusterSize + (int) (u * u * clusterSize));
        }
        return random.nextInt(mentors);
    }

    /** The same instance keeping only each mentee's best {@code keep} candidates (ties by edge order). */
    public GeneratedInstance keepBest(int keep) {
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        int start = 0;
        while (start < edgeCount()) {
            int end = start;
            while (end < edgeCount() && edgeMentee[end] == edgeMentee[start]) {
                end++;
            }
            java.util.List<Integer> edges = new java.util.ArrayList<>();
            for (int e = start; e < end; e++) {
                edges.add(e);
            }
            edges.sort((a, b) -> Long.compare(edgeWeight[b], edgeWeight[a]));
            kept.addAll(edges.subList(0, Math.min(keep, edges.size())));
            start = end;
        }
        int[] mentee = kept.stream().mapToInt(e -> edgeMentee[e]).toArray();
        int[] mentor = kept.stream().mapToInt(e -> edgeMentor[e]).toArray();
        long[] weight = kept.stream().mapToLong(e -> edgeWeight[e]).toArray();
        return new GeneratedInstance(menteeCount, capacity, mentee, mentor, weight);
    }

    public int edgeCount() {
        return edgeMentee.length;
    }
}
