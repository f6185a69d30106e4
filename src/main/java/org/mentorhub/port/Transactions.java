package org.mentorhub.port;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every store write inside it commits together, or none does.
 * Backed by Active Objects' {@code executeInTransaction} in the plugin.
 */
public interface Transactions {

    /**
     * Runs {@code work} in a transaction and returns its result. A call inside an open transaction joins
     * it. Any exception rolls back everything the work wrote and then propagates unchanged, so a
     * {@link org.mentorhub.domain.MentorHubException} reaches the caller as thrown.
     */
    <T> T call(Supplier<T> work);

    /** {@link #call(Supplier)} for work without a result. */
    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
