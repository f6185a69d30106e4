package org.mentorhub.adapter.ao;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.java.ao.Entity;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;

/** The Active Objects stores on a shared test database, over tables created once per JVM and emptied per use. */
public final class AoStores {
    /** A namespace of their own: other tests migrate destructively in the plugin's namespace. */
    public static final String NAMESPACE = "org.mentorhub.store-tests";

    private static final Map<HostDatabase, HostActiveObjects> MIGRATED = new ConcurrentHashMap<>();

    private AoStores() {
    }

    /** The stores over empty tables of {@code database}. */
    public static StoreSet empty(HostDatabase database) {
        HostActiveObjects ao = activeObjects(database);
        for (Class<? extends Entity> type : AoSchema.ENTITIES) {
            ao.deleteWithSQL(type, "ID > ?", 0);
        }
        return over(ao);
    }

    /** {@code database}'s Active Objects with the schema in place; tables keep whatever rows they have. */
    public static HostActiveObjects activeObjects(HostDatabase database) {
        return MIGRATED.computeIfAbsent(database, db -> {
            HostActiveObjects ao = new HostActiveObjects(db, NAMESPACE);
            ao.migrateDestructively(AoSchema.entities());
            return ao;
        });
    }

    public static StoreSet over(HostActiveObjects ao) {
        return new StoreSet(
            new AoTransactions(ao),
            new AoProgramStore(ao),
            new AoParticipantStore(ao),
            new AoNominationStore(ao),
            new AoPairingStore(ao),
            new AoGoalStore(ao),
            new AoSessionStore(ao),
            new AoFeedbackStore(ao),
            new AoTrainingStore(ao),
            new AoMatchingDecisionStore(ao),
            new AoAuditLog(ao));
    }
}
