package org.mentorhub.service.inmemory;

import org.mentorhub.port.StoreSet;

/** One in-memory database: every store port over tables that share one transaction manager. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static StoreSet create() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryGoalStore goals = new InMemoryGoalStore(transactions);
        return new StoreSet(transactions,
                new InMemoryProgramStore(transactions),
                new InMemoryParticipantStore(transactions),
                new InMemoryNominationStore(transactions),
                new InMemoryPairingStore(transactions, goals),
                goals,
                new InMemorySessionStore(transactions),
                new InMemoryFeedbackStore(transactions),
                new InMemoryTrainingStore(transactions),
                new InMemoryMatchingDecisionStore(transactions),
                new InMemoryAuditLog(transactions));
    }
}
