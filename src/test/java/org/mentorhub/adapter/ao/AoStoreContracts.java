package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.MentorHubException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.AuditLogContract;
import org.mentorhub.port.FeedbackStoreContract;
import org.mentorhub.port.GoalStoreContract;
import org.mentorhub.port.MatchingDecisionStoreContract;
import org.mentorhub.port.NominationStoreContract;
import org.mentorhub.port.PairingStoreContract;
import org.mentorhub.port.ParticipantStoreContract;
import org.mentorhub.port.ProgramStoreContract;
import org.mentorhub.port.SessionStoreContract;
import org.mentorhub.port.StoreSet;
import org.mentorhub.port.TrainingStoreContract;
import org.mentorhub.port.TransactionsContract;
import org.mentorhub.sandbox.ao.HostDatabase;

/**
 * Every store contract and the transactions contract on the Active Objects stores of one database, and what only a
 * database can show: the unique keys that settle concurrent writes.
 */
abstract class AoStoreContracts {

    abstract HostDatabase database();

    StoreSet emptyStores() {
        return AoStores.empty(database());
    }

    /**
     * The second enrollment checks for the user while the first one's row is not yet committed, so both find
     * nobody; the unique program-and-user key then refuses the second insert, which reaches the caller as a conflict.
     */
    @Test
    void twoTransactionsEnrollingTheSameUserEndWithOneParticipantAndAConflict() throws Exception {
        StoreSet stores = emptyStores();
        Program program = TestData.program(ProgramStatus.ENROLLING);
        stores.programs().insert(program);
        UserKey user = new UserKey("ada");
        Participant first = TestData.participant(program, user, TestData.profile(0), ParticipantRole.MENTEE);
        Participant second = TestData.participant(program, user, TestData.profile(0), ParticipantRole.MENTEE);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondChecked = new CountDownLatch(1);
        AoParticipantStore racing = new AoParticipantStore(signallingBeforeCreate(AoStores.activeObjects(database()), secondChecked));

        ExecutorService twoThreads = Executors.newFixedThreadPool(2);
        Future<?> firstEnrollment = twoThreads.submit(() -> stores.transactions().run(() -> {
            stores.participants().insert(first);
            firstInserted.countDown();
            await(secondChecked);
        }));
        await(firstInserted);
        Throwable secondFailure = twoThreads.submit(
            () -> catchThrowable(() -> stores.transactions().run(() -> racing.insert(second)))).get(30, TimeUnit.SECONDS);
        firstEnrollment.get(30, TimeUnit.SECONDS);
        twoThreads.shutdown();

        assertThat(secondFailure).isInstanceOf(ConflictException.class);
        assertThat(((MentorHubException) secondFailure).messageKey()).isEqualTo("mentorhub.participant.alreadyEnrolled");
        assertThat(stores.participants().listByProgram(program.id())).containsExactly(first);
    }

    /** {@code ao}, counting {@code latch} down just before each {@code create}. */
    private static ActiveObjects signallingBeforeCreate(ActiveObjects ao, CountDownLatch latch) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
            (proxy, method, args) -> {
                if (method.getName().equals("create")) {
                    latch.countDown();
                }
                try {
                    return method.invoke(ao, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Programs extends ProgramStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Participants extends ParticipantStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Nominations extends NominationStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Pairings extends PairingStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Goals extends GoalStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Sessions extends SessionStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Feedback extends FeedbackStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Training extends TrainingStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class MatchingDecisions extends MatchingDecisionStoreContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }

    @Nested
    class UnitsOfWork extends TransactionsContract {
        @Override
        protected StoreSet newStores() {
            return emptyStores();
        }
    }
}
