package org.mentorhub.matching.assignment;

import java.util.Arrays;

/**
 * Exact capacitated assignment by cost-scaling push–relabel (Goldberg's method, as in CS2) on primitive arrays.
 *
 * <p>Network: mentee (supply 1) → mentor (cap 1, cost {@code -w}) → sink (cap = capacity), plus mentee → sink
 * (cost 0, "stays unmatched"); the sink has demand equal to the mentee count. Costs are multiplied by
 * {@code N + 1} ({@code N} nodes), so the last phase with ε = 1 is ε-optimal for ε &lt; 1/N in the original costs,
 * which for integer costs means optimal (every residual cycle has at most N arcs). Each phase ({@code refine})
 * turns a 2·α·ε-optimal flow into an ε-optimal one by saturating negative arcs and pushing excess along admissible
 * arcs (reduced cost &lt; 0), relabelling nodes without one. What makes it fast: global price updates (a
 * shortest-path relabel from the deficits in units of ε, Dial buckets) at the start of each phase and every
 * {@code N} relabels keep prices close to exact distances, and the push look-ahead relabels a node that has no
 * admissible arc before pushing flow into it that could only come back. Correctness does not depend on the
 * heuristics or the starting ε: any ε-optimal pseudoflow refined down to ε = 1 is optimal. Active nodes are processed in FIFO order and arcs in input order,
 * so the result depends only on the instance.
 */
final class CostScalingSolver {

    private static final int ALPHA = 8;

    private final AssignmentInstance instance;
    private final int menteeCount;
    private final int nodeCount;
    private final int sink;

    private final int[] arcStart;
    private final int[] head;
    private final int[] reverse;
    private final int[] residual;
    /** Residual of an arc plus residual of its reverse, so the reverse residual is read without a jump. */
    private final int[] pairCapacity;
    private final long[] cost;
    private final int[] candidateArc;

    private final long[] price;
    private final int[] excess;
    private final int[] currentArc;
    private final int[] queue;
    private final boolean[] queued;
    private int queueHead;
    private int queueSize;

    private static final int NONE = -1;
    private static final int UNREACHED = Integer.MAX_VALUE;
    private final int[] label;
    private final boolean[] scanned;
    private final int[] bucketFirst;
    private final int[] bucketNext;
    private final int[] bucketPrevious;
    private long relabelsSinceUpdate;

    /**
     * @param bonus added to every weight ({@link Objective#MAXIMIZE_MATCHES_THEN_SCORE}); the caller checks that
     *        {@link #fits} holds for the resulting weights
     */
    CostScalingSolver(AssignmentInstance instance, long bonus) {
        this.instance = instance;
        this.menteeCount = instance.menteeCount();
        int mentorCount = instance.mentorCount();
        this.nodeCount = menteeCount + mentorCount + 1;
        this.sink = nodeCount - 1;
        int edgeCount = instance.edgeCount();
        int arcCount = 2 * (edgeCount + menteeCount + mentorCount);

        this.arcStart = new int[nodeCount + 1];
        for (int i = 0; i < menteeCount; i++) {
            arcStart[i + 1] = instance.firstEdge(i + 1) - instance.firstEdge(i) + 1;
        }
        for (int e = 0; e < edgeCount; e++) {
            arcStart[menteeCount + instance.edgeMentor(e) + 1]++;
        }
        for (int j = 0; j < mentorCount; j++) {
            arcStart[menteeCount + j + 1]++;
        }
        arcStart[sink + 1] = menteeCount + mentorCount;
        for (int v = 0; v < nodeCount; v++) {
            arcStart[v + 1] += arcStart[v];
        }
        this.head = new int[arcCount];
        this.reverse = new int[arcCount];
        this.residual = new int[arcCount];
        this.pairCapacity = new int[arcCount];
        this.cost = new long[arcCount];
        this.candidateArc = new int[edgeCount];
        int[] next = Arrays.copyOf(arcStart, nodeCount);
        long scale = nodeCount + 1L;
        for (int i = 0; i < menteeCount; i++) {
            for (int e = instance.firstEdge(i), end = instance.firstEdge(i + 1); e < end; e++) {
                int mentorNode = menteeCount + instance.edgeMentor(e);
                candidateArc[e] = addArc(next, i, mentorNode, 1, -(instance.edgeWeight(e) + bonus) * scale);
            }
            addArc(next, i, sink, 1, 0);
        }
        for (int j = 0; j < mentorCount; j++) {
            addArc(next, menteeCount + j, sink, Math.min(instance.capacity(j), menteeCount), 0);
        }

        this.price = new long[nodeCount];
        this.excess = new int[nodeCount];
        Arrays.fill(excess, 0, menteeCount, 1);
        excess[sink] = -menteeCount;
        this.currentArc = new int[nodeCount];
        this.queue = new int[nodeCount];
        this.queued = new boolean[nodeCount];
        this.label = new int[nodeCount];
        this.scanned = new boolean[nodeCount];
        this.bucketFirst = new int[nodeCount];
        this.bucketNext = new int[nodeCount];
        this.bucketPrevious = new int[nodeCount];
    }

    /** Whether prices and scaled costs stay far from {@code long} overflow for weights up to {@code maxWeight}. */
    static boolean fits(AssignmentInstance instance, long maxWeight) {
        long nodes = (long) instance.menteeCount() + instance.mentorCount() + 2;
        try {
            // Scaled costs are ≤ maxWeight·(N+1); prices move by at most a few N·ε per phase over geometrically
            // shrinking ε, bounded well inside 8·N·maxWeight·(N+1).
            Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(maxWeight + 1, nodes), nodes), 64L);
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private int addArc(int[] next, int tail, int target, int capacity, long arcCost) {
        int forward = next[tail]++;
        int backward = next[target]++;
        head[forward] = target;
        head[backward] = tail;
        reverse[forward] = backward;
        reverse[backward] = forward;
        residual[forward] = capacity;
        pairCapacity[forward] = capacity;
        pairCapacity[backward] = capacity;
        cost[forward] = arcCost;
        cost[backward] = -arcCost;
        return forward;
    }

    Assignment solve() {
        long maxCost = 0;
        for (long c : cost) {
            maxCost = Math.max(maxCost, Math.abs(c));
        }
        long epsilon = Math.max(maxCost, 1);
        // Each mentee starts priced at its best option, so no arc is negative and the first phase starts from
        // the empty flow instead of saturating every candidate arc.
        for (int i = 0; i < menteeCount; i++) {
            for (int a = arcStart[i], end = arcStart[i + 1]; a < end; a++) {
                price[i] = Math.max(price[i], -cost[a]);
            }
        }
        do {
            epsilon = Math.max(epsilon / ALPHA, 1);
            refine(epsilon);
        } while (epsilon > 1);
        return result();
    }

    private void refine(long epsilon) {
        for (int v = 0; v < nodeCount; v++) {
            long pv = price[v];
            for (int a = arcStart[v], end = arcStart[v + 1]; a < end; a++) {
                if (residual[a] > 0 && cost[a] + pv - price[head[a]] < 0) {
                    push(v, a, residual[a]);
                }
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            currentArc[v] = arcStart[v];
            if (excess[v] > 0) {
                enqueue(v);
            }
        }
        updatePrices(epsilon);
        while (queueSize > 0) {
            int v = queue[queueHead];
            queueHead = queueHead + 1 == nodeCount ? 0 : queueHead + 1;
            queueSize--;
            queued[v] = false;
            discharge(v, epsilon);
            if (relabelsSinceUpdate > nodeCount) {
                updatePrices(epsilon);
            }
        }
    }

    private void discharge(int v, long epsilon) {
        while (excess[v] > 0) {
            long pv = price[v];
            int end = arcStart[v + 1];
            int a = currentArc[v];
            for (; a < end; a++) {
                if (residual[a] > 0 && cost[a] + pv - price[head[a]] < 0) {
                    int target = head[a];
                    if (excess[target] >= 0 && !hasAdmissibleArc(target)) {
                        // Look-ahead: flow pushed there would only come back; lower its price first.
                        relabel(target, epsilon);
                        if (cost[a] + pv - price[target] >= 0) {
                            continue;
                        }
                    }
                    boolean wasActive = excess[target] > 0;
                    push(v, a, Math.min(excess[v], residual[a]));
                    if (!wasActive && excess[target] > 0) {
                        enqueue(target);
                    }
                    if (excess[v] == 0) {
                        break;
                    }
                }
            }
            if (a < end) {
                currentArc[v] = a;
                return;
            }
            relabel(v, epsilon);
        }
    }

    private boolean hasAdmissibleArc(int v) {
        long pv = price[v];
        for (int a = currentArc[v], end = arcStart[v + 1]; a < end; a++) {
            if (residual[a] > 0 && cost[a] + pv - price[head[a]] < 0) {
                currentArc[v] = a;
                return true;
            }
        }
        return false;
    }

    /** Lowers the price of {@code v} just enough that its cheapest residual arc becomes admissible (-ε). */
    private void relabel(int v, long epsilon) {
        long best = Long.MIN_VALUE;
        int bestArc = -1;
        for (int a = arcStart[v], end = arcStart[v + 1]; a < end; a++) {
            if (residual[a] > 0) {
                long candidate = price[head[a]] - cost[a];
                if (candidate > best) {
                    best = candidate;
                    bestArc = a;
                }
            }
        }
        if (bestArc < 0) {
            return; // No residual arc: nothing to price against (never the case for a node holding excess).
        }
        price[v] = best - epsilon;
        currentArc[v] = bestArc;
        relabelsSinceUpdate++;
    }

    private void push(int v, int arc, int amount) {
        residual[arc] -= amount;
        residual[reverse[arc]] += amount;
        excess[v] -= amount;
        excess[head[arc]] += amount;
    }

    private void enqueue(int v) {
        if (!queued[v]) {
            queued[v] = true;
            int tail = queueHead + queueSize;
            queue[tail >= nodeCount ? tail - nodeCount : tail] = v;
            queueSize++;
        }
    }

    /**
     * Global price update: Dijkstra backwards from the deficit nodes over residual arcs with length
     * {@code ⌊reduced cost / ε⌋ + 1} (0 for admissible arcs), stopped once every active node is reached; each
     * node's price drops by its distance (unreached nodes by the last distance) times ε. This keeps the flow
     * ε-optimal (for an arc u→w, d(u) ≤ d(w) + length) and makes every active node's path to a deficit admissible.
     */
    private void updatePrices(long epsilon) {
        relabelsSinceUpdate = 0;
        int activeLeft = 0;
        Arrays.fill(bucketFirst, NONE);
        for (int v = 0; v < nodeCount; v++) {
            scanned[v] = false;
            label[v] = UNREACHED;
            if (excess[v] > 0) {
                activeLeft++;
            } else if (excess[v] < 0) {
                label[v] = 0;
                bucketInsert(v, 0);
            }
        }
        int level = 0;
        while (activeLeft > 0 && level < nodeCount) {
            int w = bucketFirst[level];
            if (w == NONE) {
                level++;
                continue;
            }
            bucketRemove(w, level);
            scanned[w] = true;
            if (excess[w] > 0) {
                activeLeft--;
            }
            long pw = price[w];
            for (int a = arcStart[w], end = arcStart[w + 1]; a < end; a++) {
                int u = head[a];
                if (residual[a] < pairCapacity[a] && !scanned[u]) {
                    long reduced = price[u] - cost[a] - pw; // the reverse arc u → w costs -cost[a]
                    long length = reduced < 0 ? 0 : reduced / epsilon + 1;
                    // Labels beyond the last bucket stay unreached: they get the final level, which is smaller.
                    if (length < nodeCount - level) {
                        int candidate = level + (int) length;
                        if (candidate < label[u]) {
                            if (label[u] != UNREACHED) {
                                bucketRemove(u, label[u]);
                            }
                            label[u] = candidate;
                            bucketInsert(u, candidate);
                        }
                    }
                }
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            price[v] -= (scanned[v] ? label[v] : level) * epsilon;
            currentArc[v] = arcStart[v];
        }
    }

    private void bucketInsert(int v, int bucket) {
        int first = bucketFirst[bucket];
        bucketNext[v] = first;
        bucketPrevious[v] = NONE;
        if (first != NONE) {
            bucketPrevious[first] = v;
        }
        bucketFirst[bucket] = v;
    }

    private void bucketRemove(int v, int bucket) {
        int next = bucketNext[v];
        int previous = bucketPrevious[v];
        if (previous == NONE) {
            bucketFirst[bucket] = next;
        } else {
            bucketNext[previous] = next;
        }
        if (next != NONE) {
            bucketPrevious[next] = previous;
        }
    }

    private Assignment result() {
        int[] edgeOf = new int[menteeCount];
        for (int i = 0; i < menteeCount; i++) {
            edgeOf[i] = -1;
            for (int e = instance.firstEdge(i), end = instance.firstEdge(i + 1); e < end; e++) {
                if (residual[candidateArc[e]] == 0) {
                    edgeOf[i] = e;
                }
            }
        }
        return Assignment.ofEdges(instance, edgeOf);
    }
}
