package org.mentorhub.adapter.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.port.Locks;

/**
 * The core's named locks as Beehive cluster locks, held across every node of a Data Center cluster. A caller waits
 * at most {@link #WAIT_LIMIT} (the locks guard short transactions) and is then told to try again, rather than
 * holding a request thread indefinitely.
 */
@Named
public class ClusterLocks implements Locks {
    static final Duration WAIT_LIMIT = Duration.ofSeconds(10);
    static final String BUSY = "mentorhub.lock.busy";

    private final ClusterLockService lockService;
    private final Duration waitLimit;

    @Inject
    public ClusterLocks(@ComponentImport ClusterLockService lockService) {
        this(lockService, WAIT_LIMIT);
    }

    ClusterLocks(ClusterLockService lockService, Duration waitLimit) {
        this.lockService = lockService;
        this.waitLimit = waitLimit;
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(name);
        if (!acquire(lock)) {
            throw new ConflictException(BUSY);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private boolean acquire(ClusterLock lock) {
        try {
            return lock.tryLock(waitLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
