package org.mentorhub.matching.assignment;

import java.util.Arrays;

/**
 * Exact capacitated assignment on a dense cost matrix by the Jonker–Volgenant algorithm (LAPJV, 1987).
 *
 * <p>Model: rows are the mentees, columns are mentor seats (mentor {@code j} expanded into
 * {@code min(capacity, mentees)} identical columns), plus dummy columns ("stays unmatched") when there are fewer
 * seats than mentees, so there are {@code width = max(mentees, seats)} columns and every row can be assigned. A
 * candidate pair costs {@code M − w}, every other cell (missing pair, dummy column) costs {@code M}, with {@code M}
 * the largest weight. Since weights are non-negative, a minimum-cost assignment of every row, restricted to its
 * candidate pairs, is a maximum-weight assignment with unmatched mentees allowed.
 *
 * <p>LAPJV keeps column prices {@code v} and, for every assigned row, the invariant that its column minimises
 * {@code c(i, j) − v(j)} over all columns; prices only fall on columns that are or become assigned, and an
 * assigned column stays assigned. On a square matrix column reduction and reduction transfer find a cheap start;
 * with more columns than rows (more seats than mentees) all prices start at 0 instead, so a column left free keeps
 * the highest price, which is the optimality condition of the rectangular problem. Then augmenting row reduction
 * (two passes, an auction with the full second-best increment) assigns most rows, and every row still free is
 * assigned by a shortest augmenting path (Dijkstra on reduced costs over the columns, O(width) per settled column
 * with a plain array, stopping at the first free column); the prices of the settled columns move by
 * {@code d(j) − D}. All arithmetic is on integers (cells {@code int}, prices and distances {@code long}), so the
 * optimum is exact. Rows and columns are scanned in index order and ties go to the first index, so the result
 * depends only on the instance.
 */
final class DenseSolver {

    /**
     * Most cells the dense path accepts: the matrix takes 4 bytes a cell (16 MB at 2,048 × 2,048) and a search
     * costs O(cells) at worst; beyond this the sparse solvers are used.
     */
    static final long MAX_CELLS = 2_048L * 2_048;

    private static final int FREE = -1;

    private final AssignmentInstance instance;
    private final int rows;
    private final int width;
    private final int[] mentorOfColumn;
    /** Row-major, {@code int} cells: half the memory traffic of {@code long} in the scans. */
    private final int[] cost;

    private final int[] columnOfRow;
    private final int[] rowOfColumn;
    private final long[] price;

    /**
     * @param bonus added to every weight ({@link Objective#MAXIMIZE_MATCHES_THEN_SCORE}); the caller checks that
     *        {@link #fits} holds for the resulting costs and {@link #cells} is at most {@link #MAX_CELLS}
     */
    DenseSolver(AssignmentInstance instance, long bonus) {
        this.instance = instance;
        this.rows = instance.menteeCount();
        int mentorCount = instance.mentorCount();
        int[] firstColumn = new int[mentorCount + 1];
        for (int j = 0; j < mentorCount; j++) {
            firstColumn[j + 1] = firstColumn[j] + Math.min(instance.capacity(j), rows);
        }
        int seats = firstColumn[mentorCount];
        this.width = Math.max(rows, seats);
        this.mentorOfColumn = new int[seats];
        for (int j = 0; j < mentorCount; j++) {
            Arrays.fill(mentorOfColumn, firstColumn[j], firstColumn[j + 1], j);
        }
        long maxWeight = 0;
        for (int e = 0; e < instance.edgeCount(); e++) {
            maxWeight = Math.max(maxWeight, instance.edgeWeight(e) + bonus);
        }
        this.cost = new int[rows * width];
        Arrays.fill(cost, (int) maxWeight);
        for (int i = 0; i < rows; i++) {
            int row = i * width;
            for (int e = instance.firstEdge(i), end = instance.firstEdge(i + 1); e < end; e++) {
                int mentor = instance.edgeMentor(e);
                int pairCost = (int) (maxWeight - (instance.edgeWeight(e) + bonus));
                Arrays.fill(cost, row + firstColumn[mentor], row + firstColumn[mentor + 1], pairCost);
            }
        }
        this.columnOfRow = new int[rows];
        this.rowOfColumn = new int[width];
        this.price = new long[width];
    }

    /** The number of matrix cells the dense path would build: mentees × max(mentees, seats). */
    static long cells(AssignmentInstance instance) {
        long seats = 0;
        for (int j = 0; j < instance.mentorCount(); j++) {
            seats += Math.min(instance.capacity(j), instance.menteeCount());
        }
        return instance.menteeCount() * Math.max(instance.menteeCount(), seats);
    }

    /**
     * Whether the costs fit the {@code int} cells (scores scaled ×1000 are at most 10⁵, and the matches-first bonus
     * at most mentees times that). Prices and path lengths are {@code long}: sums of at most {@code width} costs,
     * far inside its range.
     */
    static boolean fits(long maxCost) {
        return maxCost <= Integer.MAX_VALUE;
    }

    Assignment solve() {
        if (rows > 0) {
            int[] free = new int[rows];
            int freeCount = width == rows ? reduceColumns(free) : allRows(free);
            freeCount = augmentingRowReduction(free, freeCount);
            freeCount = augmentingRowReduction(free, freeCount);
            int[] columns = new int[width];
            long[] dist = new long[width];
            int[] predecessor = new int[width];
            for (int f = 0; f < freeCount; f++) {
                augment(free[f], columns, dist, predecessor);
            }
        }
        return result();
    }

    /** The rectangular start: every row free, every price 0. */
    private int allRows(int[] free) {
        Arrays.fill(rowOfColumn, FREE);
        for (int i = 0; i < rows; i++) {
            free[i] = i;
        }
        return rows;
    }

    /**
     * Square matrices only: column reduction (each column priced at its minimum, assigned to the first row
     * attaining it if that row has no column yet; columns from the last) and reduction transfer (a row holding
     * exactly one column lowers that column's price by its second-best reduced cost). Returns the number of free
     * rows written to {@code free}.
     */
    private int reduceColumns(int[] free) {
        int size = rows;
        int[] matches = new int[size];
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
     * (at most {@code rows} such continuations per pass, a guard against long price wars — rows left over go to the
     * shortest-path phase, which needs only the invariant, never the reduction). Returns the new free count.
     */
    private int augmentingRowReduction(int[] free, int freeCount) {
        int pending = freeCount;
        int k = 0;
        int stillFree = 0;
        int continuations = 0;
        while (k < pending) {
            int i = free[k++];
            int row = i * width;
            long best = cost[row] - price[0];
            int bestColumn = 0;
            long second = Long.MAX_VALUE;
            int secondColumn = FREE;
            for (int j = 1; j < width; j++) {
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
                if (raised && continuations++ < rows) {
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
     * minimum distance and {@code [up, width)} are not yet reached at it), until a free column is at the minimum.
     */
    private void augment(int freeRow, int[] columns, long[] dist, int[] predecessor) {
        int row = freeRow * width;
        for (int j = 0; j < width; j++) {
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
                for (int k = up; k < width; k++) {
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
                int scannedRow = i * width;
                long shift = cost[scannedRow + scanned] - price[scanned] - min;
                for (int k = up; k < width; k++) {
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
        int[] edgeOf = new int[rows];
        for (int i = 0; i < rows; i++) {
            int column = columnOfRow[i];
            edgeOf[i] = column < mentorOfColumn.length ? instance.findEdge(i, mentorOfColumn[column]) : -1;
        }
        return Assignment.ofEdges(instance, edgeOf);
    }
}
