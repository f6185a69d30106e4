package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Starts one plugin's {@code <ao>} module as Jira's Active Objects plugin does: upgrade tasks newer than the
 * stored model version run in version order (each one recorded as it completes, so a failed task is retried on
 * the next start), then the declared entities are migrated.
 */
public final class ActiveObjectsModuleHost {
    private static final String VERSION_TABLE = "SANDBOX_AO_MODEL_VERSION";

    private ActiveObjectsModuleHost() {
    }

    public static void initialize(HostActiveObjects activeObjects, HostDatabase database, String namespace,
                                  List<Class<? extends RawEntity<?>>> entities,
                                  List<ActiveObjectsUpgradeTask> upgradeTasks) {
        ModelVersion current = storedVersion(database, namespace);
        List<ActiveObjectsUpgradeTask> pending = upgradeTasks.stream()
            .filter(task -> task.getModelVersion().isNewerThan(current))
            .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
            .toList();
        ModelVersion applied = current;
        for (ActiveObjectsUpgradeTask task : pending) {
            ModelVersion before = applied;
            activeObjects.executeInTransaction(() -> {
                task.upgrade(before, activeObjects);
                return null;
            });
            applied = task.getModelVersion();
            storeVersion(database, namespace, applied);
        }
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] types = entities.toArray(new Class[0]);
        activeObjects.migrate(types);
        activeObjects.markInitialized();
    }

    /** The model version the namespace's upgrade tasks have reached; 0 before the first one. */
    public static ModelVersion storedVersion(HostDatabase database, String namespace) {
        try (Connection connection = database.dataSource().getConnection()) {
            ensureVersionTable(connection);
            try (PreparedStatement select = connection.prepareStatement(
                "SELECT MODEL_VERSION FROM " + VERSION_TABLE + " WHERE NAMESPACE = ?")) {
                select.setString(1, namespace);
                try (ResultSet row = select.executeQuery()) {
                    return ModelVersion.valueOf(row.next() ? row.getString(1) : null);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the Active Objects model version", e);
        }
    }

    private static void storeVersion(HostDatabase database, String namespace, ModelVersion version) {
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + VERSION_TABLE + " SET MODEL_VERSION = ? WHERE NAMESPACE = ?")) {
                update.setString(1, version.toString());
                update.setString(2, namespace);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + VERSION_TABLE + " (NAMESPACE, MODEL_VERSION) VALUES (?, ?)")) {
                insert.setString(1, namespace);
                insert.setString(2, version.toString());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the Active Objects model version", e);
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE
                + " (NAMESPACE VARCHAR(255) PRIMARY KEY, MODEL_VERSION VARCHAR(50) NOT NULL)");
        }
    }
}
