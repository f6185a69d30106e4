package org.mentorhub.matching.bench;

import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.mentorhub.matching.assignment.Assignment;
import org.mentorhub.matching.assignment.AssignmentInstance;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;

/**
 * Each solver on the same generated instance: build its model, solve, read the assignment back, return the total
 * weight (so results can be compared and the JIT cannot drop the work).
 */
public final class Solvers {

    private Solvers() {
    }

    public static long ours(GeneratedInstance g) {
        AssignmentInstance instance = g.toAssignmentInstance();
        Assignment assignment = new AssignmentSolver().solve(instance, Objective.MAXIMIZE_SCORE);
        long total = 0;
        for (int i = 0; i < g.menteeCount; i++) {
            int edge = assignment.edgeOf(i);
            if (edge >= 0) {
                total += instance.edgeWeight(edge);
            }
        }
        return total;
    }

    /** Source → mentee → mentor → sink with a source → sink bypass, costs −weight. */
    public static long orToolsMinCostFlow(GeneratedInstance g) {
        int n = g.menteeCount;
        int m = g.capacity.length;
        int source = n + m;
        int sink = n + m + 1;
        MinCostFlow flow = new MinCostFlow();
        for (int i = 0; i < n; i++) {
            flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
        }
        int firstPairArc = n;
        for (int e = 0; e < g.edgeCount(); e++) {
            flow.addArcWithCapacityAndUnitCost(g.edgeMentee[e], n + g.edgeMentor[e], 1, -g.edgeWeight[e]);
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, g.capacity[j], 0);
        }
        flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools did not find the optimum");
        }
        long total = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (flow.getFlow(firstPairArc + e) > 0) {
                total += g.edgeWeight[e];
            }
        }
        return total;
    }

    /** Dense square instances only: a perfect assignment minimizing −weight. */
    public static long orToolsLinearSumAssignment(GeneratedInstance g) {
        LinearSumAssignment assignment = new LinearSumAssignment();
        for (int e = 0; e < g.edgeCount(); e++) {
            assignment.addArcWithCost(g.edgeMentee[e], g.edgeMentor[e], -g.edgeWeight[e]);
        }
        if (assignment.solve() != LinearSumAssignment.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools did not find the optimum");
        }
        long total = 0;
        int size = g.menteeCount;
        for (int i = 0; i < size; i++) {
            total += g.edgeWeight[i * size + assignment.getRightMate(i)];
        }
        return total;
    }

    /** JGraphT capacity scaling; it reads costs from edge weights. */
    public static long jgrapht(GeneratedInstance g) {
        int n = g.menteeCount;
        int m = g.capacity.length;
        int source = n + m;
        int sink = n + m + 1;
        DefaultDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph =
                new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        DefaultWeightedEdge[] pairEdge = new DefaultWeightedEdge[g.edgeCount()];
        arc(graph, capacity, source, sink, 0, n);
        for (int i = 0; i < n; i++) {
            arc(graph, capacity, source, i, 0, 1);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            pairEdge[e] = arc(graph, capacity, g.edgeMentee[e], n + g.edgeMentor[e], -g.edgeWeight[e], 1);
        }
        for (int j = 0; j < m; j++) {
            arc(graph, capacity, n + j, sink, 0, g.capacity[j]);
        }
        Map<Integer, Integer> supply = Map.of(source, n, sink, -n);
        MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblemImpl<>(graph, v -> supply.getOrDefault(v, 0),
                        capacity::get));
        long total = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (flow.getFlow(pairEdge[e]) > 0.5) {
                total += g.edgeWeight[e];
            }
        }
        return total;
    }

    /** Naive greedy: pairs by descending weight (ties by edge order), each taken if both sides are still free. */
    public static long greedy(GeneratedInstance g) {
        Integer[] order = new Integer[g.edgeCount()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(g.edgeWeight[b], g.edgeWeight[a]));
        boolean[] matched = new boolean[g.menteeCount];
        int[] remaining = g.capacity.clone();
        long total = 0;
        for (int e : order) {
            if (!matched[g.edgeMentee[e]] && remaining[g.edgeMentor[e]] > 0) {
                matched[g.edgeMentee[e]] = true;
                remaining[g.edgeMentor[e]]--;
                total += g.edgeWeight[e];
            }
        }
        return total;
    }

    private static DefaultWeightedEdge arc(DefaultDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph,
                                           Map<DefaultWeightedEdge, Integer> capacity, int from, int to, long cost,
                                           int cap) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        capacity.put(edge, cap);
        return edge;
    }
}
