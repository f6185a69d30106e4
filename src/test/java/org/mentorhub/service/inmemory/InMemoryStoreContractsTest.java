package org.mentorhub.service.inmemory;

import org.junit.jupiter.api.Nested;
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

/** The in-memory stores pass every store contract, so service tests on them say something about the real stores. */
class InMemoryStoreContractsTest {

    @Nested
    class Programs extends ProgramStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Participants extends ParticipantStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Nominations extends NominationStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Pairings extends PairingStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Goals extends GoalStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Sessions extends SessionStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Feedback extends FeedbackStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Training extends TrainingStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class MatchingDecisions extends MatchingDecisionStoreContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    class UnitsOfWork extends TransactionsContract {
        @Override
        protected StoreSet newStores() {
            return InMemoryStores.create();
        }
    }
}
