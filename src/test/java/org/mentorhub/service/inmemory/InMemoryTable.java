package org.mentorhub.service.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** One "table" of an in-memory store: rows by key in insertion order, every write undoable by the transaction. */
final class InMemoryTable<K, V> {
    private final Map<K, V> rows = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    InMemoryTable(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    synchronized void insert(K key, V row, Supplier<? extends RuntimeException> duplicate) {
        if (rows.containsKey(key)) {
            throw duplicate.get();
        }
        rows.put(key, row);
        transactions.onRollback(() -> remove(key));
    }

    synchronized void update(K key, V row, Supplier<? extends RuntimeException> missing) {
        V before = rows.get(key);
        if (before == null) {
            throw missing.get();
        }
        rows.put(key, row);
        transactions.onRollback(() -> put(key, before));
    }

    /** Inserts or replaces. */
    synchronized void save(K key, V row) {
        V before = rows.put(key, row);
        transactions.onRollback(() -> {
            if (before == null) {
                remove(key);
            } else {
                put(key, before);
            }
        });
    }

    synchronized void delete(K key) {
        V before = rows.remove(key);
        if (before != null) {
            transactions.onRollback(() -> put(key, before));
        }
    }

    synchronized Optional<V> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** A snapshot of the rows in insertion order. */
    synchronized Stream<V> rows() {
        List<V> snapshot = new ArrayList<>(rows.values());
        return snapshot.stream();
    }

    private synchronized void put(K key, V row) {
        rows.put(key, row);
    }

    private synchronized void remove(K key) {
        rows.remove(key);
    }
}
