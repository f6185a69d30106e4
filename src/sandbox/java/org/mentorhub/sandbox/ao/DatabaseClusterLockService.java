package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster locks for the sandbox, held in the database so that every node on the same database shares
 * them, as Jira Data Center's database-backed {@code ClusterLockService} does. Each lock is a row of
 * {@value #TABLE}; holding the lock means holding that row with {@code SELECT ... FOR UPDATE} in an open transaction
 * on a connection of its own, outside the pool, until {@link ClusterLock#unlock()}. A node that dies loses its
 * connection and so its locks. Works on H2 1.4.200 and PostgreSQL.
 *
 * <p>Like Beehive's locks these are not re-entrant: locking again from the holding thread fails at once instead of
 * waiting for itself. Threads of one node queue on a local lock first, so a node holds one connection per lock.
 */
public final class DatabaseClusterLockService implements ClusterLockService {
    static final String TABLE = "SANDBOX_CLUSTER_LOCK";
    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";
    private static final String H2_LOCK_TIMEOUT = "HYT00";

    private final HostDatabase database;
    private final Map<String, DatabaseClusterLock> locks = new ConcurrentHashMap<>();

    public DatabaseClusterLockService(HostDatabase database) {
        if (database.type() != DatabaseType.H2 && database.type() != DatabaseType.POSTGRESQL) {
            throw new IllegalArgumentException("Cluster locks need H2 or PostgreSQL, not " + database.type());
        }
        this.database = database;
        try (Connection connection = database.openDedicatedConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) PRIMARY KEY)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create " + TABLE, e);
        }
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isEmpty() || lockName.length() > 255) {
            throw new IllegalArgumentException("Lock names have 1 to 255 characters: " + lockName);
        }
        return locks.computeIfAbsent(lockName, DatabaseClusterLock::new);
    }

    private final class DatabaseClusterLock implements ClusterLock {
        private final String name;
        private final ReentrantLock local = new ReentrantLock(true);
        /** The holder's connection; only the thread holding {@link #local} touches it. */
        private Connection held;

        DatabaseClusterLock(String name) {
            this.name = name;
        }

        /** Whether the calling thread holds the lock (as Beehive's {@code ClusterLock} tells). */
        public boolean isHeldByCurrentThread() {
            return local.isHeldByCurrentThread();
        }

        @Override
        public void lock() {
            requireNotHeld();
            local.lock();
            acquireRowOrUnlock(0);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            requireNotHeld();
            local.lockInterruptibly();
            acquireRowOrUnlock(0);
        }

        @Override
        public boolean tryLock() {
            try {
                return tryLock(0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            requireNotHeld();
            long deadline = System.nanoTime() + unit.toNanos(time);
            if (!local.tryLock(time, unit)) {
                return false;
            }
            // At least a millisecond: for both databases a lock timeout of 0 means waiting for ever.
            long remainingMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            return acquireRowOrUnlock(remainingMillis);
        }

        @Override
        public void unlock() {
            if (!local.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException("Cluster lock " + name + " is not held by this thread");
            }
            try {
                held.rollback();
                held.close();
            } catch (SQLException e) {
                // The row lock ends with the connection anyway.
            } finally {
                held = null;
                local.unlock();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Cluster locks have no conditions");
        }

        private void requireNotHeld() {
            if (local.isHeldByCurrentThread()) {
                throw new IllegalStateException("Cluster lock " + name + " is not re-entrant and already held by this thread");
            }
        }

        /** Takes the row lock, waiting at most {@code timeoutMillis} (0: for ever); gives up the local lock on failure. */
        private boolean acquireRowOrUnlock(long timeoutMillis) {
            boolean acquired = false;
            try {
                held = lockedRow(timeoutMillis);
                acquired = held != null;
                return acquired;
            } finally {
                if (!acquired) {
                    local.unlock();
                }
            }
        }

        private Connection lockedRow(long timeoutMillis) {
            Connection connection = null;
            try {
                connection = database.openDedicatedConnection();
                ensureRow(connection);
                connection.setAutoCommit(false);
                try (Statement timeout = connection.createStatement()) {
                    timeout.execute(lockTimeout(timeoutMillis));
                }
                try (PreparedStatement select = connection.prepareStatement(
                    "SELECT LOCK_NAME FROM " + TABLE + " WHERE LOCK_NAME = ? FOR UPDATE")) {
                    select.setString(1, name);
                    select.executeQuery().close();
                }
                return connection;
            } catch (SQLException e) {
                closeQuietly(connection);
                if (POSTGRES_LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || H2_LOCK_TIMEOUT.equals(e.getSQLState())) {
                    return null;
                }
                throw new IllegalStateException("Cannot take cluster lock " + name, e);
            }
        }

        /** The lock's row, created on first use; another node creating it at the same moment is fine. */
        private void ensureRow(Connection connection) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE LOCK_NAME = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (LOCK_NAME) VALUES (?)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }

        private String lockTimeout(long millis) {
            return switch (database.type()) {
                case POSTGRESQL -> "SET lock_timeout = " + millis;
                default -> "SET LOCK_TIMEOUT " + (millis == 0 ? Integer.MAX_VALUE : millis);
            };
        }

        private void closeQuietly(Connection connection) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // Nothing more to release.
                }
            }
        }
    }
}
