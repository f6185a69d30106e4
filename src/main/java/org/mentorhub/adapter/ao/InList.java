package org.mentorhub.adapter.ao;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * {@code COLUMN IN (?, ?, ...)} conditions over a collection of values, split into batches so that no statement
 * exceeds what the databases accept (Oracle: 1000 values in one list; SQL Server: 2100 parameters).
 */
final class InList {
    static final int BATCH = 500;

    private InList() {
    }

    /** The values in batches of at most {@value #BATCH}; none for no values, so no statement runs with an empty list. */
    static <V> List<List<V>> batches(Collection<V> values) {
        List<V> all = List.copyOf(values);
        if (all.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<V>> batches = new ArrayList<>();
        for (int start = 0; start < all.size(); start += BATCH) {
            batches.add(all.subList(start, Math.min(all.size(), start + BATCH)));
        }
        return batches;
    }

    /** {@code column IN (?, ?, ...)} with one parameter per value of {@code batch}. */
    static String in(String column, List<?> batch) {
        return column + " IN (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")";
    }
}
