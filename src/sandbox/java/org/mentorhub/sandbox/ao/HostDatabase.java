package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * A database the sandbox and the store tests run Active Objects on: embedded H2 1.4.200 (the default) or a real
 * PostgreSQL started from Maven Central's embedded binaries, each behind a connection pool as in Jira. The pool's
 * statements can be counted ({@link #statements()}).
 */
public final class HostDatabase implements AutoCloseable {
    private final DatabaseType type;
    private final HikariDataSource pool;
    private final StatementCounter statements = new StatementCounter();
    private final DataSource dataSource;
    private final EmbeddedPostgres postgres;

    private HostDatabase(DatabaseType type, HikariDataSource pool, EmbeddedPostgres postgres) {
        this.type = type;
        this.pool = pool;
        this.dataSource = statements.wrap(pool);
        this.postgres = postgres;
    }

    /** H2 in a file below {@code directory}; data survives restarts. */
    public static HostDatabase h2File(Path directory) {
        createDirectories(directory);
        return h2("jdbc:h2:file:" + directory.toAbsolutePath().resolve("mentorhub") + ";DB_CLOSE_DELAY=-1");
    }

    /** H2 in memory, gone when closed; for tests. */
    public static HostDatabase h2InMemory(String name) {
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private static HostDatabase h2(String url) {
        return new HostDatabase(DatabaseType.H2, pool(url, "sa", "", 8), null);
    }

    /**
     * A real PostgreSQL server on a free local port. With a {@code directory} the data survives restarts;
     * without one it lives in a temporary folder. Durability is traded for speed (fsync off) since this
     * server only ever holds sandbox or test data.
     */
    public static HostDatabase embeddedPostgres(Path directory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100");
            if (directory != null) {
                createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            String url = server.getJdbcUrl("postgres", "postgres");
            return new HostDatabase(DatabaseType.POSTGRESQL, pool(url, "postgres", "postgres", 20), server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setPoolName("mentorhub-host");
        return new HikariDataSource(config);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    public DatabaseType type() {
        return type;
    }

    /** The pooled data source Active Objects uses. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Counts the statements sent through {@link #dataSource()}. */
    public StatementCounter statements() {
        return statements;
    }

    /**
     * A new connection of its own, outside the pool, for work that holds a connection for long (a cluster lock):
     * such holders must not starve the pool that transactions draw from. The caller closes it.
     */
    public Connection openDedicatedConnection() throws SQLException {
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    /** A fresh Active Objects provider over this database's pool; closing the database releases it. */
    DatabaseProvider newProvider() {
        // Active Objects must not close the shared pool: the host does that in close().
        DisposableDataSource source = DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> { });
        return switch (type) {
            case H2 -> new H2DatabaseProvider(source);
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(source);
            default -> throw new IllegalStateException("Unsupported sandbox database " + type);
        };
    }

    @Override
    public void close() {
        pool.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop embedded PostgreSQL", e);
            }
        }
    }
}
