package org.mentorhub.port;

import java.util.function.Supplier;

/**
 * Named locks, held across the whole cluster, for check-then-act sequences that a database transaction
 * alone does not make safe (two transactions may both read "one place left" and both take it). Backed
 * by Beehive's {@code ClusterLockService} in Jira Data Center.
 */
public interface Locks {

    /**
     * Runs {@code work} while holding the lock called {@code name} and releases it afterwards, also when
     * the work fails. Take the lock before opening the transaction, so that the work sees everything the
     * previous holder committed.
     *
     * @throws org.mentorhub.domain.ConflictException if the lock could not be had within the adapter's wait limit
     */
    <T> T withLock(String name, Supplier<T> work);
}
