package org.mentorhub.service.inmemory;

import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.port.StoreSet;

/** One in-memory database: every store port over tables that share one transaction manager. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static StoreSet create() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryTable<Id<Pairing>, Pairing> pairings = new InMemoryTable<>(transactions);
        InMemoryGoalStore goals = new InMemoryGoalStore(transactions, pairings);
        return new StoreSet(transactions,
                new InMemoryProgramStore(transactions),
                new InMemoryParticipantStore(transactions),
                new InMemoryNominationStore(transactions),
                new InMemoryPairingStore(transactions, pairings),
                goals,
                new InMemorySessionStore(transactions),
                new InMemoryFeedbackStore(transactions),
                new InMemoryTrainingStore(transactions),
                new InMemoryMatchingDecisionStore(transactions),
                new InMemoryAuditLog(transactions));
    }
}
