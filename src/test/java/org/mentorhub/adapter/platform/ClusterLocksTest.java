package org.mentorhub.adapter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.domain.ConflictException;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ClusterLocksTest {
    private static final String NAME = "mentorhub.pairing-places.p1";

    @Mock
    ClusterLockService lockService;
    @Mock
    ClusterLock lock;

    private ClusterLocks locks;

    @BeforeEach
    void lockForTheName() {
        given(lockService.getLockForName(NAME)).willReturn(lock);
        locks = new ClusterLocks(lockService, Duration.ofMillis(250));
    }

    @Test
    void runsTheWorkHoldingTheLockAndReleasesIt() throws InterruptedException {
        given(lock.tryLock(250, TimeUnit.MILLISECONDS)).willReturn(true);

        assertThat(locks.withLock(NAME, () -> "done")).isEqualTo("done");

        then(lock).should().unlock();
    }

    @Test
    void releasesTheLockWhenTheWorkFailsAndLetsTheFailureThrough() throws InterruptedException {
        given(lock.tryLock(250, TimeUnit.MILLISECONDS)).willReturn(true);
        IllegalStateException failure = new IllegalStateException("work failed");

        Throwable thrown = catchThrowable(() -> locks.withLock(NAME, () -> {
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        then(lock).should().unlock();
    }

    @Test
    void aLockStillHeldElsewhereAfterTheWaitLimitIsAConflictAndTheWorkDoesNotRun() throws InterruptedException {
        given(lock.tryLock(250, TimeUnit.MILLISECONDS)).willReturn(false);
        boolean[] ran = {false};

        assertThat(messageKey(ConflictException.class, () -> locks.withLock(NAME, () -> ran[0] = true)))
            .isEqualTo("mentorhub.lock.busy");
        assertThat(ran[0]).isFalse();
        then(lock).should(never()).unlock();
    }

    @Test
    void anInterruptedWaitIsAConflictAndKeepsTheInterrupt() throws InterruptedException {
        given(lock.tryLock(250, TimeUnit.MILLISECONDS)).willThrow(new InterruptedException());

        try {
            assertThat(messageKey(ConflictException.class, () -> locks.withLock(NAME, () -> "never")))
                .isEqualTo("mentorhub.lock.busy");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        then(lock).should(never()).unlock();
    }
}
