package org.mentorhub.matching.assignment;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_SCORE;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.Arrays;

/**
 * Exact maximum-weight capacitated bipartite assignment (mentees may stay unmatched). Dense instances go to
 * {@link DenseSolver} (Jonker–Volgenant on a matrix), large ones to {@link CostScalingSolver}, the rest to the
 * successive shortest augmenting paths with node potentials below, on primitive arrays.
 *
 * <p>The instance is the min-cost flow network source → mentee (cap 1) → mentor (cap 1, cost {@code M - w}) →
 * sink (cap = capacity), plus mentee → sink (cost {@code M}, "stays unmatched"), where {@code M} is the largest
 * weight, so every cost is non-negative and every mentee ships exactly one unit. Mentees are added one at a time;
 * each addition runs Dijkstra on reduced costs from the new mentee and stops as soon as the sink is settled
 * (Jonker–Volgenant style early exit), then lowers the potentials of the settled nodes by {@code D - d(v)} so all
 * reduced costs stay non-negative. After each addition the flow is a minimum-cost flow for the mentees added so
 * far (the classic row-by-row Hungarian argument), so the final assignment is optimal. All arithmetic is on
 * {@code long}, so optimality is exact for the integer weights. Ties are broken by node index in the heap and by
 * edge order, so the result depends only on the instance.
 */
public final class AssignmentSolver {

    /** Which exact algorithm runs; all return an optimum, {@link #AUTOMATIC} picks the faster for the shape. */
    enum Algorithm { AUTOMATIC, SUCCESSIVE_SHORTEST_PATHS, COST_SCALING, DENSE }

    /**
     * Below this many mentees successive shortest paths is faster (few, short searches; measured 3× faster on the
     * dense 1,000 × 1,000 benchmark), above it cost scaling is (docs/performance.md).
     */
    private static final int COST_SCALING_MIN_MENTEES = 5_000;

    /**
     * The dense solver runs when every mentor has one seat and its matrix (at most {@link DenseSolver#MAX_CELLS}
     * cells) is at least this full of candidate pairs (docs/matching.md).
     */
    private static final double DENSE_MIN_FILL = 0.5;

    private final Algorithm algorithm;

    public AssignmentSolver() {
        this(Algorithm.AUTOMATIC);
    }

    AssignmentSolver(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    /**
     * Solves the instance.
     *
     * @throws org.mentorhub.matching.MatchingInputException if the re-weighting for
     *         {@link Objective#MAXIMIZE_MATCHES_THEN_SCORE} would overflow {@code long}
     * @throws IllegalArgumentException for {@link Objective#STABLE}, which no optimization yields
     */
    public Assignment solve(AssignmentInstance instance, Objective objective) {
        if (!objective.optimal()) {
            throw new IllegalArgumentException(objective + " is not an optimization objective");
        }
        long bonus = objective == Objective.MAXIMIZE_MATCHES_THEN_SCORE ? cardinalityBonus(instance) : 0;
        switch (algorithmFor(instance, bonus)) {
            case DENSE:
                return new DenseSolver(instance, bonus).solve();
            case COST_SCALING:
                return new CostScalingSolver(instance, bonus).solve();
            default:
                return new Run(instance, bonus).solve();
        }
    }

    /**
     * The algorithm that runs: the requested one if the instance suits it, else successive shortest paths (which
     * needs no matrix and no cost scaling); {@link Algorithm#AUTOMATIC} picks by shape (docs/matching.md).
     */
    Algorithm algorithmFor(AssignmentInstance instance, long bonus) {
        long maxCost = maxWeight(instance) + bonus;
        boolean automatic = algorithm == Algorithm.AUTOMATIC;
        if ((automatic || algorithm == Algorithm.DENSE) && suitsDense(instance, maxCost)) {
            return Algorithm.DENSE;
        }
        boolean costScaling = algorithm == Algorithm.COST_SCALING
                || automatic && instance.menteeCount() >= COST_SCALING_MIN_MENTEES;
        // Scaled costs of very large matches-first weights could overflow; SSP needs no scaling.
        if (costScaling && CostScalingSolver.fits(instance, maxCost)) {
            return Algorithm.COST_SCALING;
        }
        return Algorithm.SUCCESSIVE_SHORTEST_PATHS;
    }

    private boolean suitsDense(AssignmentInstance instance, long maxCost) {
        long cells = DenseSolver.cells(instance);
        if (cells > DenseSolver.MAX_CELLS || !DenseSolver.fits(maxCost)) {
            return false;
        }
        return algorithm == Algorithm.DENSE
                || unitCapacities(instance) && candidateCells(instance) >= DENSE_MIN_FILL * cells;
    }

    /**
     * Whether no mentor has more than one seat. Seats of one mentor are identical matrix columns, and LAPJV is
     * slow on such ties (measured 3–9× slower than successive shortest paths with capacities 1–5), so only
     * linear-sum-assignment shapes go to the dense solver automatically.
     */
    private static boolean unitCapacities(AssignmentInstance instance) {
        for (int j = 0; j < instance.mentorCount(); j++) {
            if (Math.min(instance.capacity(j), instance.menteeCount()) > 1) {
                return false;
            }
        }
        return true;
    }

    /** Cells of the dense solver's seat matrix that hold a candidate pair (a mentor's pairs fill all its seats). */
    private static long candidateCells(AssignmentInstance instance) {
        long cells = 0;
        for (int e = 0; e < instance.edgeCount(); e++) {
            cells += Math.min(instance.capacity(instance.edgeMentor(e)), instance.menteeCount());
        }
        return cells;
    }

    private static long maxWeight(AssignmentInstance instance) {
        long maxWeight = 0;
        for (int e = 0; e < instance.edgeCount(); e++) {
            maxWeight = Math.max(maxWeight, instance.edgeWeight(e));
        }
        return maxWeight;
    }

    /** A bonus per matched pair larger than any total weight, so one more match always wins. */
    private static long cardinalityBonus(AssignmentInstance instance) {
        long maxWeight = maxWeight(instance);
        try {
            long bonus = Math.addExact(Math.multiplyExact(maxWeight, (long) instance.menteeCount()), 1);
            // Path lengths add up to n such terms; keep headroom for them.
            Math.multiplyExact(Math.multiplyExact(bonus, 2), (long) instance.menteeCount() + 1);
            return bonus;
        } catch (ArithmeticException overflow) {
            throw new org.mentorhub.matching.MatchingInputException(INVALID_SCORE,
                    "weights too large to maximize matches first", maxWeight);
        }
    }

    /** One solve; all state lives on primitive arrays indexed by node (mentees, then mentors, then the sink). */
    private static final class Run {
        private final AssignmentInstance instance;
        private final int menteeCount;
        private final int sink;
        private final long[] cost;
        private final long unmatchedCost;

        private final long[] potential;
        private final long[] dist;
        private final int[] visitedRound;
        private final int[] predecessor;
        private final int[] predecessorEdge;
        private final int[] settled;
        private final NodeHeap heap;

        private final int[] slotStart;
        private final int[] load;
        private final int[] slotMentee;
        private final int[] slotOfMentee;
        private final int[] edgeOfMentee;
        private int round;

        Run(AssignmentInstance instance, long bonus) {
            this.instance = instance;
            this.menteeCount = instance.menteeCount();
            int mentorCount = instance.mentorCount();
            int nodeCount = menteeCount + mentorCount + 1;
            this.sink = nodeCount - 1;

            int edgeCount = instance.edgeCount();
            long maxWeight = 0;
            for (int e = 0; e < edgeCount; e++) {
                maxWeight = Math.max(maxWeight, instance.edgeWeight(e) + bonus);
            }
            this.unmatchedCost = maxWeight;
            this.cost = new long[edgeCount];
            for (int e = 0; e < edgeCount; e++) {
                cost[e] = maxWeight - (instance.edgeWeight(e) + bonus);
            }

            this.potential = new long[nodeCount];
            this.dist = new long[nodeCount];
            this.visitedRound = new int[nodeCount];
            this.predecessor = new int[nodeCount];
            this.predecessorEdge = new int[nodeCount];
            this.settled = new int[nodeCount];
            this.heap = new NodeHeap(nodeCount, dist);

            this.slotStart = new int[mentorCount + 1];
            for (int j = 0; j < mentorCount; j++) {
                slotStart[j + 1] = slotStart[j] + Math.min(instance.capacity(j), menteeCount);
            }
            this.load = new int[mentorCount];
            this.slotMentee = new int[slotStart[mentorCount]];
            this.slotOfMentee = new int[menteeCount];
            this.edgeOfMentee = new int[menteeCount];
            Arrays.fill(edgeOfMentee, -1);
        }

        Assignment solve() {
            for (int mentee = 0; mentee < menteeCount; mentee++) {
                addMentee(mentee);
            }
            return result();
        }

        private void addMentee(int start) {
            int bestTarget = sink;
            int bestEdge = -1;
            long best = potential[sink] - unmatchedCost;
            int mentorBase = menteeCount;
            for (int e = instance.firstEdge(start), end = instance.firstEdge(start + 1); e < end; e++) {
                int node = mentorBase + instance.edgeMentor(e);
                long candidate = potential[node] - cost[e];
                if (candidate > best) {
                    best = candidate;
                    bestTarget = node;
                    bestEdge = e;
                }
            }
            potential[start] = best;
            if (bestTarget == sink) {
                return; // Staying unmatched is a zero reduced-cost path: the mentee is settled as unmatched.
            }
            int mentor = bestTarget - mentorBase;
            if (load[mentor] < slotStart[mentor + 1] - slotStart[mentor] && potential[bestTarget] == potential[sink]) {
                // A zero reduced-cost path to a mentor with a free seat: the shortest path, no search needed.
                predecessor[bestTarget] = start;
                predecessorEdge[bestTarget] = bestEdge;
                augment(start, bestTarget);
                return;
            }
            searchAndAugment(start);
        }

        private void searchAndAugment(int start) {
            round++;
            int settledCount = 0;
            heap.clear();
            reach(start, 0, -1, -1);
            long sinkDistance;
            while (true) {
                int node = heap.pop();
                settled[settledCount++] = node;
                long d = dist[node];
                if (node == sink) {
                    sinkDistance = d;
                    break;
                }
                if (node < menteeCount) {
                    scanMentee(node, d);
                } else {
                    scanMentor(node, d);
                }
            }
            for (int k = 0; k < settledCount; k++) {
                int node = settled[k];
                potential[node] += dist[node] - sinkDistance;
            }
            augment(start, predecessor[sink]);
        }

        private void scanMentee(int mentee, long d) {
            long base = d + potential[mentee];
            reach(sink, base + unmatchedCost - potential[sink], mentee, -1);
            int current = edgeOfMentee[mentee];
            int mentorBase = menteeCount;
            for (int e = instance.firstEdge(mentee), end = instance.firstEdge(mentee + 1); e < end; e++) {
                if (e != current) {
                    int node = mentorBase + instance.edgeMentor(e);
                    reach(node, base + cost[e] - potential[node], mentee, e);
                }
            }
        }

        private void scanMentor(int node, long d) {
            int mentor = node - menteeCount;
            long base = d + potential[node];
            if (load[mentor] < slotStart[mentor + 1] - slotStart[mentor]) {
                reach(sink, base - potential[sink], node, -1);
            }
            for (int s = slotStart[mentor], end = s + load[mentor]; s < end; s++) {
                int mentee = slotMentee[s];
                reach(mentee, base - cost[edgeOfMentee[mentee]] - potential[mentee], node, -1);
            }
        }

        private void reach(int node, long distance, int from, int edge) {
            if (visitedRound[node] != round) {
                visitedRound[node] = round;
                dist[node] = distance;
                predecessor[node] = from;
                predecessorEdge[node] = edge;
                heap.push(node);
            } else if (distance < dist[node] && heap.contains(node)) {
                dist[node] = distance;
                predecessor[node] = from;
                predecessorEdge[node] = edge;
                heap.decreased(node);
            }
        }

        /**
         * Shifts seats along the path ending at {@code last} (a mentor with a free seat, or a mentee who gives
         * up their seat and becomes unmatched) back to the new mentee {@code start}.
         */
        private void augment(int start, int last) {
            if (last == start) {
                return; // The new mentee's cheapest option is to stay unmatched.
            }
            int vacatedSlot;
            int mentorNode;
            if (last < menteeCount) {
                vacatedSlot = slotOfMentee[last];
                edgeOfMentee[last] = -1;
                mentorNode = predecessor[last];
            } else {
                int mentor = last - menteeCount;
                vacatedSlot = slotStart[mentor] + load[mentor]++;
                mentorNode = last;
            }
            while (true) {
                int mentee = predecessor[mentorNode];
                int previousSlot = slotOfMentee[mentee];
                boolean isStart = mentee == start;
                slotMentee[vacatedSlot] = mentee;
                slotOfMentee[mentee] = vacatedSlot;
                edgeOfMentee[mentee] = predecessorEdge[mentorNode];
                if (isStart) {
                    return;
                }
                vacatedSlot = previousSlot;
                mentorNode = predecessor[mentee];
            }
        }

        private Assignment result() {
            return Assignment.ofEdges(instance, edgeOfMentee);
        }
    }
}
