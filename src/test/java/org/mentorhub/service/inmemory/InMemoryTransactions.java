package org.mentorhub.service.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.mentorhub.port.Transactions;

/**
 * Transactions over {@link InMemoryTable}s: each write inside {@link #call} leaves an undo step, and a
 * failure replays them newest first. Other threads see writes before commit (no isolation), which is
 * weaker than a database: code that is only safe thanks to isolation fails here instead of passing by luck.
 */
public final class InMemoryTransactions implements Transactions {
    private final ThreadLocal<Deque<Runnable>> undoSteps = new ThreadLocal<>();

    @Override
    public <T> T call(Supplier<T> work) {
        if (undoSteps.get() != null) {
            return work.get();
        }
        Deque<Runnable> steps = new ArrayDeque<>();
        undoSteps.set(steps);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            steps.forEach(Runnable::run);
            throw failure;
        } finally {
            undoSteps.remove();
        }
    }

    /** Remembers how to undo a write; outside a transaction the write simply stands. */
    void onRollback(Runnable undo) {
        Deque<Runnable> steps = undoSteps.get();
        if (steps != null) {
            steps.push(undo);
        }
    }
}
