package org.mentorhub.matching.assignment;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/** Independent optima to check ours against: JGraphT's min-cost flow and exhaustive search. */
final class ReferenceSolvers {

    private ReferenceSolvers() {
    }

    /**
     * Maximum total weight via JGraphT: source → mentee (1) → mentor (1, cost −w) → sink (capacity), plus a
     * source → sink bypass so mentees may stay unmatched. JGraphT reads costs from edge weights.
     */
    static long jgraphtOptimum(AssignmentInstance instance) {
        int n = instance.menteeCount();
        int m = instance.mentorCount();
        int source = n + m;
        int sink = n + m + 1;
        DefaultDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph =
                new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        addArc(graph, capacity, source, sink, 0, n);
        for (int i = 0; i < n; i++) {
            addArc(graph, capacity, source, i, 0, 1);
            for (int e = instance.firstEdge(i); e < instance.firstEdge(i + 1); e++) {
                addArc(graph, capacity, i, n + instance.edgeMentor(e), -instance.edgeWeight(e), 1);
            }
        }
        for (int j = 0; j < m; j++) {
            addArc(graph, capacity, n + j, sink, 0, instance.capacity(j));
        }
        Map<Integer, Integer> supply = new HashMap<>();
        supply.put(source, n);
        supply.put(sink, -n);
        var problem = new MinimumCostFlowProblemImpl<>(graph, v -> supply.getOrDefault(v, 0), capacity::get);
        double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem)
                .getCost();
        return -Math.round(cost);
    }

    private static void addArc(DefaultDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph,
                               Map<DefaultWeightedEdge, Integer> capacity, int from, int to, long cost, int cap) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        capacity.put(edge, cap);
    }

    /** Maximum total weight by trying every choice for every mentee (tiny instances only). */
    static long exhaustiveOptimum(AssignmentInstance instance) {
        int[] remaining = new int[instance.mentorCount()];
        for (int j = 0; j < remaining.length; j++) {
            remaining[j] = instance.capacity(j);
        }
        return exhaustive(instance, 0, remaining);
    }

    private static long exhaustive(AssignmentInstance instance, int mentee, int[] remaining) {
        if (mentee == instance.menteeCount()) {
            return 0;
        }
        long best = exhaustive(instance, mentee + 1, remaining);
        for (int e = instance.firstEdge(mentee); e < instance.firstEdge(mentee + 1); e++) {
            int mentor = instance.edgeMentor(e);
            if (remaining[mentor] > 0) {
                remaining[mentor]--;
                best = Math.max(best, instance.edgeWeight(e) + exhaustive(instance, mentee + 1, remaining));
                remaining[mentor]++;
            }
        }
        return best;
    }
}
