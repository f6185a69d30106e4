package org.mentorhub.sandbox.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.testing.TestDatabases;

/** Two lock services on one database are two cluster nodes: a lock one of them holds, the other cannot take. */
class DatabaseClusterLockServiceTest {
    private final String name = "mentorhub.test." + UUID.randomUUID();

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void aLockHeldOnOneNodeIsRefusedOnAnotherUntilReleased(HostDatabase database) throws Exception {
        ClusterLock onFirstNode = new DatabaseClusterLockService(database).getLockForName(name);
        ClusterLock onSecondNode = new DatabaseClusterLockService(database).getLockForName(name);

        assertThat(onFirstNode.tryLock(1, TimeUnit.SECONDS)).isTrue();
        boolean takenWhileHeld = CompletableFuture.supplyAsync(() -> tryLock(onSecondNode, 200)).get(10, TimeUnit.SECONDS);
        onFirstNode.unlock();

        assertThat(takenWhileHeld).isFalse();
        assertThat(onSecondNode.tryLock(1, TimeUnit.SECONDS)).isTrue();
        onSecondNode.unlock();
    }

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void aNodeWaitingForTheLockGetsItOnceTheHolderReleasesIt(HostDatabase database) throws Exception {
        ClusterLock onFirstNode = new DatabaseClusterLockService(database).getLockForName(name);
        ClusterLock onSecondNode = new DatabaseClusterLockService(database).getLockForName(name);
        onFirstNode.lock();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            onSecondNode.lock();
            onSecondNode.unlock();
            return true;
        });
        Thread.sleep(100);
        boolean doneWhileHeld = waiting.isDone();
        onFirstNode.unlock();

        assertThat(doneWhileHeld).isFalse();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Threads on two nodes increment a counter with a deliberately slow read-then-write; the lock keeps every step. */
    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void threadsOnTwoNodesNeverHoldTheLockAtTheSameTime(HostDatabase database) throws Exception {
        List<ClusterLockService> nodes = List.of(new DatabaseClusterLockService(database), new DatabaseClusterLockService(database));
        int[] counter = {0};
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Void>> threads = new ArrayList<>();
        for (int thread = 0; thread < 6; thread++) {
            ClusterLock lock = nodes.get(thread % 2).getLockForName(name);
            threads.add(CompletableFuture.runAsync(() -> {
                for (int step = 0; step < 5; step++) {
                    lock.lock();
                    try {
                        int read = counter[0];
                        Thread.sleep(2);
                        counter[0] = read + 1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        lock.unlock();
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(counter[0]).isEqualTo(30);
    }

    @Test
    void locksAreNotReentrantAndOnlyTheHolderMayUnlock() throws Exception {
        ClusterLock lock = new DatabaseClusterLockService(TestDatabases.h2()).getLockForName(name);

        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class);
        lock.lock();
        try {
            assertThatThrownBy(lock::lock).isInstanceOf(IllegalStateException.class).hasMessageContaining("not re-entrant");
            assertThatThrownBy(() -> CompletableFuture.runAsync(lock::unlock).join()).hasCauseInstanceOf(IllegalMonitorStateException.class);
        } finally {
            lock.unlock();
        }
        assertThat(lock.tryLock()).isTrue();
        lock.unlock();
    }

    private static boolean tryLock(ClusterLock lock, long millis) {
        try {
            boolean acquired = lock.tryLock(millis, TimeUnit.MILLISECONDS);
            if (acquired) {
                lock.unlock();
            }
            return acquired;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
