package org.mentorhub.service.inmemory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.mentorhub.port.Locks;

/** {@link Locks} for one JVM, on {@link ReentrantLock}s: what Beehive's cluster locks are on a single node. */
public final class JvmLocks implements Locks {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
