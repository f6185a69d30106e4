package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * The host's {@link ActiveObjects} for one plugin, as Jira's Active Objects plugin provides it: tables named
 * {@code AO_<6 hex of MD5(namespace)>_<ENTITY>} by Atlassian's converters, schema changes confined to those tables,
 * SQL errors as unchecked
 * {@link ActiveObjectsException}s, and transactions that join an outer one (SAL's PROPAGATION_REQUIRED) and run at
 * READ COMMITTED.
 */
public final class HostActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final DatabaseType databaseType;
    private final String tablePrefix;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private volatile boolean initialized;

    public HostActiveObjects(HostDatabase database, String namespace) {
        this.databaseType = database.type();
        this.tablePrefix = tablePrefix(namespace);
        this.entityManager = new EntityManager(database.newProvider(), configuration(tablePrefix));
    }

    /** {@code AO_} plus the last six hex digits of the namespace's MD5, upper case, as Jira names plugin tables. */
    static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String tablePrefix() {
        return tablePrefix;
    }

    /** The converters that turn entity and method names into table, column, index, sequence and trigger names. */
    public NameConverters nameConverters() {
        return entityManager.getNameConverters();
    }

    /** Marks the schema ready; the host calls it once entities are migrated and upgrade tasks have run. */
    public void markInitialized() {
        initialized = true;
    }

    private static EntityManagerConfiguration configuration(String prefix) {
        NameConverters converters = new SimpleNameConverters(
            new AtlassianTableNameConverter(name -> prefix + name),
            new AtlassianFieldNameConverter(),
            new AtlassianSequenceNameConverter(),
            new AtlassianTriggerNameConverter(),
            new AtlassianIndexNameConverter(),
            new AtlassianUniqueNameConverter());
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return true;
            }

            @Override
            public NameConverters getNameConverters() {
                return converters;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                // As in Jira, a plugin manages only its own tables: a destructive migration must not drop the tables
                // of other plugins (or namespaces) sharing the database.
                return (table, caseSensitive) -> caseSensitive ? table.startsWith(prefix)
                    : table.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT));
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        };
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e.getMessage(), e);
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql,
                                                       Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
                                                   EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return sql(() -> new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    readCommitted();
                    return callback.doInTransaction();
                }
            }.execute());
        } finally {
            inTransaction.remove();
        }
    }

    /**
     * Active Objects' own transactions run SERIALIZABLE; Jira's run on the host's connection at the database default,
     * READ COMMITTED. The sandbox follows Jira, so that code relying on stronger isolation fails here too. Set before
     * the transaction's first statement; the pool restores its default when the connection is returned.
     */
    private void readCommitted() throws SQLException {
        // Inside a transaction the provider hands out the transaction's own connection and ignores close().
        try (Connection connection = entityManager.getProvider().getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new ActiveObjectsModuleMetaData() {
            @Override
            public void awaitInitialization() {
                // The sandbox initialises synchronously before it serves requests.
            }

            @Override
            public void awaitInitialization(long timeout, TimeUnit unit) {
                // As above.
            }

            @Override
            public boolean isInitialized() {
                return initialized;
            }

            @Override
            public DatabaseType getDatabaseType() {
                return databaseType;
            }

            @Override
            public boolean isDataSourcePresent() {
                return true;
            }

            @Override
            public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
                String table = entityManager.getTableNameConverter().getName(type);
                return sql(() -> {
                    try (var connection = entityManager.getProvider().getConnection();
                         var tables = entityManager.getProvider().getTables(connection)) {
                        while (tables.next()) {
                            if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                                return true;
                            }
                        }
                        return false;
                    }
                });
            }
        };
    }
}
