package org.mentorhub.service;

import java.util.function.Supplier;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.Locks;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.Transactions;

/**
 * Keeps a pairing's stored progress in step with its goals, milestones and sessions: every write to them runs through
 * {@link #writing}, which recounts the pairing from its rows in the same transaction. Recounting whole (about ten goals
 * and a few dozen sessions) rather than adding one leaves nothing to drift; the lock on the pairing, taken before the
 * transaction, keeps two writers on different nodes from each counting without the other's new row.
 */
final class ProgressRecount {
    private final PairingStore pairings;
    private final GoalStore goals;
    private final SessionStore sessions;
    private final Transactions transactions;
    private final Locks locks;

    ProgressRecount(PairingStore pairings, GoalStore goals, SessionStore sessions, Transactions transactions, Locks locks) {
        this.pairings = pairings;
        this.goals = goals;
        this.sessions = sessions;
        this.transactions = transactions;
        this.locks = locks;
    }

    /**
     * Runs {@code write} in a transaction under the pairing's lock, then recounts the pairing {@code write} returns in
     * the same transaction.
     */
    <T> T writing(Id<Pairing> pairingId, Supplier<Written<T>> write) {
        return locks.withLock(LockNames.pairingProgress(pairingId), () -> transactions.call(() -> {
            Written<T> written = write.get();
            Pairing pairing = written.pairing();
            pairings.saveProgress(pairing.id(), PairingProgress.of(pairing, goals.actionPlan(pairing.id()), sessions.listByPairing(pairing.id())));
            return written.result();
        }));
    }

    /** What a write returns, and the pairing whose goals or sessions it changed. */
    record Written<T>(Pairing pairing, T result) {
    }
}
