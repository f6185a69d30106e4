package org.mentorhub.matching.assignment;

import java.util.Arrays;

/**
 * Exact capacitated assignment on a dense square cost matrix by the Jonker–Volgenant algorithm (LAPJV, 1987).
 *
 * <p>Model: rows are the mentees, columns are mentor seats (mentor {@code j} expanded into
 * {@code min(capacity, mentees)} identical columns); the matrix is padded to a square of side
 * {@code N = max(mentees, seats)} with dummy rows (a seat left empty) or dummy columns (a mentee left unmatched).
 * A candidate pair costs {@code M − w}, every other cell (missing pair, dummy) costs {@code M}, with {@code M} the
 * largest weight. Since weights are non-negative, a minimum-cost perfect assignment of the square matrix, restricted
 * to its candidate pairs, is a maximum-weight assignment with unmatched mentees allowed.
 *
 * <p>LAPJV keeps column prices {@code v} and, for every assigned row, the invariant that its column minimises
 * {@code c(i, j) − v(j)} over all columns (dual feasibility with complementary slackness). Column reduction and
 * reduction transfer find a cheap start; augmenting row reduction (two passes, an auction with the full
 * second-best increment) assigns most remaining rows; every row still free is then assigned by a shortest
 * augmenting path (Dijkstra on reduced costs over the {@code N} columns, O(N²) with a plain array, stopping at the
 * first free column) and the prices of the settled columns move by {@code d(j) − D}. All arithmetic is on
 * integers (cells {@code int}, prices and distances {@code long}), so the optimum is exact. Rows and columns are
 * scanned in index order and ties go to the first index, so the result depends only on the instance.
 */
final class DenseSolver {

    /**
     * Largest square side the dense path accepts: the matrix takes {@code 4·N²} bytes (16 MB at 2,048) and a
     * search costs O(N²); beyond this the sparse solvers are used.
     */
    static final int MAX_SIZE = 2_048;

    private static final int FREE = -1;

    private final AssignmentInstance instance;
    private final int menteeCount;
    private final int size;
    private final int[] mentorOfColumn;
    /** Row-major, {@code int} cells: half the memory traffic of {@code long} in the O(N²) scans. */
    private final int[] cost;

    private final int[] columnOfRow;
    private final int[] rowOfColumn;
    private final long[] price;

    /**
     * @param bonus added to every weight ({@link Objective#MAXIMIZE_MATCHES_THEN_SCORE})
     */
    DenseSolver(AssignmentInstance instance, long bonus) {
        this.instance = instance;
        this.menteeCount = instance.menteeCount();
        int mentorCount = instance.mentorCount();
        int[] firstColumn = new int[mentorCount + 1];
        for (int j = 0; j < mentorCount; j++) {
            firstColumn[j + 1] = firstColumn[j] + Math.min(instance.capacity(j), menteeCount);
        }
        int seats = firstColumn[mentorCount];
        this.size = Math.max(menteeCount, seats);
        this.mentorOfColumn = new int[seats];
        for (int j = 0; j < mentorCount; j++) {
            Arrays.fill(mentorOfColumn, firstColumn[j], firstColumn[j + 1], j);
        }
        long maxWeight = 0;
        for (int e = 0; e < instance.edgeCount(); e++) {
            maxWeight = Math.max(maxWeight, instance.edgeWeight(e) + bonus);
        }
        this.cost = new int[size * size];
        Arrays.fill(cost, (int) maxWeight);
        for (int i = 0; i < menteeCount; i++) {
            int row = i * size;
            for (int e = instance.firstEdge(i), end = instance.firstEdge(i + 1); e < end; e++) {
                int mentor = instance.edgeMentor(e);
                int pairCost = (int) (maxWeight - (instance.edgeWeight(e) + bonus));
                Arrays.fill(cost, row + firstColumn[mentor], row + firstColumn[mentor + 1], pairCost);
            }
        }
        this.columnOfRow = new int[size];
        this.rowOfColumn = new int[size];
        this.price = new long[size];
    }

    /** The side of the square matrix the dense path would build for this instance. */
    static long size(AssignmentInstance instance) {
        long seats = 0;
        for (int j = 0; j < instance.mentorCount(); j++) {
            seats += Math.min(instance.capacity(j), instance.menteeCount());
        }
        return Math.max(instance.menteeCount(), seats);
    }

    /**
     * Whether the costs fit the {@code int} cells (scores scaled ×1000 are at most 10⁵, and the matches-first bonus
     * at most {@code size} times that). Prices and path lengths are {@code long}: sums of at most {@code size}
     * costs, far inside its range.
     */
    static boolean fits(long maxCost) {
        return maxCost <= Integer.MAX_VALUE;
    }

    Assignment solve() {
        if (size > 0) {
            int[] free = new int[size];
            int freeCount = reduceColumns(free);
            freeCount = augmentingRowReduction(free, freeCount);
            freeCount = augmentingRowReduction(free, freeCount);
            int[] columns = new int[size];
            long[] dist = new long[size];
            int[] predecessor = new int[size];
            for (int f = 0; f < freeCount; f++) {
                augment(free[f], columns, dist, predecessor);
            }
        }
        return result();
    }

    /**
     * Column reduction (each column priced at its minimum, assigned to the first row attaining it if that row has
     * no column yet; columns from the last) and reduction transfer (a row holding exactly one column lowers that
     * column's price by its second-best reduced cost). Returns the number of free rows written to {@code free}.
     */
    private int reduceColumns(int[] free) {
        int[] matches = new int[size];
        Arrays.fill(columnOfRow, FREE);
        for (int j = size - 1; j >= 0; j--) {
            long min = cost[j];
            int minRow = 0;
            for (int i = 1, cell = size + j; i < size; i++, cell += size) {
                if (cost[cell] < min) {
                    min = cost[cell];
                    minRow = i;
                }
            }
            price[j] = min;
            if (++matches[minRow] == 1) {
                columnOfRow[minRow] = j;
                rowOfColumn[j] = minRow;
            } else {
                rowOfColumn[j] = FREE;
            }
        }
        int freeCount = 0;
        for (int i = 0; i < size; i++) {
            if (matches[i] == 0) {
                free[freeCount++] = i;
            } else if (matches[i] == 1) {
                int own = columnOfRow[i];
                long min = Long.MAX_VALUE;
                for (int j = 0, row = i * size; j < size; j++) {
                    if (j != own) {
                        min = Math.min(min, cost[row + j] - price[j]);
                    }
                }
                if (min != Long.MAX_VALUE) {
                    price[own] -= min;
                }
            }
        }
        return freeCount;
    }

    /**
     * One pass of augmenting row reduction: each free row takes its best column, lowering that column's price so
     * the row's reduced cost there equals its second best; an evicted row continues at once when the price moved
     * (at most {@code size} such continuations per pass, a guard against long price wars — rows left over go to the
     * shortest-path phase, which needs only the invariant, never the reduction). Returns the new free count.
     */
    private int augmentingRowReduction(int[] free, int freeCount) {
        int pending = freeCount;
        int k = 0;
        int stillFree = 0;
        int continuations = 0;
        while (k < pending) {
            int i = free[k++];
            int row = i * size;
            long best = cost[row] - price[0];
            int bestColumn = 0;
            long second = Long.MAX_VALUE;
            int secondColumn = FREE;
            for (int j = 1; j < size; j++) {
                long reduced = cost[row + j] - price[j];
                if (reduced < second) {
                    if (reduced >= best) {
                        second = reduced;
                        secondColumn = j;
                    } else {
                        second = best;
                        secondColumn = bestColumn;
                        best = reduced;
                        bestColumn = j;
                    }
                }
            }
            int evicted = rowOfColumn[bestColumn];
            boolean raised = best < second;
            if (raised) {
                price[bestColumn] -= second - best;
            } else if (evicted != FREE) {
                bestColumn = secondColumn;
                evicted = rowOfColumn[secondColumn];
            }
            columnOfRow[i] = bestColumn;
            rowOfColumn[bestColumn] = i;
            if (evicted != FREE) {
                columnOfRow[evicted] = FREE;
                if (raised && continuations++ < size) {
                    free[--k] = evicted;
                } else {
                    free[stillFree++] = evicted;
                }
            }
        }
        return stillFree;
    }

    /**
     * Shortest augmenting path from a free row: Dijkstra over the columns on reduced costs with an unsorted
     * array (the columns {@code [0, low)} of {@code columns} are settled, {@code [low, up)} are at the current
     * minimum distance and {@code [up, size)} are not yet reached at it), until a free column is at the minimum.
     */
    private void augment(int freeRow, int[] columns, long[] dist, int[] predecessor) {
        int row = freeRow * size;
        for (int j = 0; j < size; j++) {
            dist[j] = cost[row + j] - price[j];
            predecessor[j] = freeRow;
            columns[j] = j;
        }
        int low = 0;
        int up = 0;
        int lastSettled = -1;
        int end = FREE;
        long min = 0;
        while (end == FREE) {
            if (up == low) {
                lastSettled = low - 1;
                min = dist[columns[up++]];
                for (int k = up; k < size; k++) {
                    int j = columns[k];
                    long d = dist[j];
                    if (d <= min) {
                        if (d < min) {
                            up = low;
                            min = d;
                        }
                        columns[k] = columns[up];
                        columns[up++] = j;
                    }
                }
                for (int k = low; k < up; k++) {
                    if (rowOfColumn[columns[k]] == FREE) {
                        end = columns[k];
                        break;
                    }
                }
            }
            if (end == FREE) {
                int scanned = columns[low++];
                int i = rowOfColumn[scanned];
                int scannedRow = i * size;
                long shift = cost[scannedRow + scanned] - price[scanned] - min;
                for (int k = up; k < size; k++) {
                    int j = columns[k];
                    long d = cost[scannedRow + j] - price[j] - shift;
                    if (d < dist[j]) {
                        dist[j] = d;
                        predecessor[j] = i;
                        if (d == min) {
                            if (rowOfColumn[j] == FREE) {
                                end = j;
                                break;
                            }
                            columns[k] = columns[up];
                            columns[up++] = j;
                        }
                    }
                }
            }
        }
        for (int k = 0; k <= lastSettled; k++) {
            int j = columns[k];
            price[j] += dist[j] - min;
        }
        int i;
        do {
            i = predecessor[end];
            rowOfColumn[end] = i;
            int next = columnOfRow[i];
            columnOfRow[i] = end;
            end = next;
        } while (i != freeRow);
    }

    private Assignment result() {
        int[] mentorOf = new int[menteeCount];
        int[] edgeOf = new int[menteeCount];
        long total = 0;
        int matched = 0;
        for (int i = 0; i < menteeCount; i++) {
            int column = columnOfRow[i];
            int edge = column < mentorOfColumn.length ? instance.findEdge(i, mentorOfColumn[column]) : -1;
            edgeOf[i] = edge;
            if (edge < 0) {
                mentorOf[i] = Assignment.UNMATCHED;
            } else {
                mentorOf[i] = mentorOfColumn[column];
                total += instance.edgeWeight(edge);
                matched++;
            }
        }
        return new Assignment(mentorOf, edgeOf, total, matched);
    }
}
