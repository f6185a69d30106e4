package org.mentorhub.sandbox.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.spi.DatabaseType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour Jira's Active Objects gives a plugin, which the sandbox host must reproduce on every database. */
abstract class HostActiveObjectsContract {
    static final String NAMESPACE = "org.mentorhub.mentorhub";

    HostActiveObjects ao;

    abstract HostDatabase database();

    abstract DatabaseType expectedType();

    @BeforeEach
    void freshTable() {
        ao = new HostActiveObjects(database(), NAMESPACE);
        ao.migrateDestructively(SampleEntity.class);
        ao.deleteWithSQL(SampleEntity.class, "ID > ?", 0);
    }

    @Test
    // Expected prefix computed independently: last six hex digits of MD5("org.mentorhub.mentorhub"), upper case.
    void namesTablesLikeJiraFromTheNamespaceHash() throws SQLException {
        assertThat(ao.tablePrefix()).isEqualTo("AO_5B8B25_");
        assertThat(tableNames()).contains("AO_5B8B25_SAMPLE");
        assertThat(ao.moduleMetaData().isTablePresent(SampleEntity.class)).isTrue();
    }

    @Test
    void aDestructiveMigrationLeavesTheTablesOfOtherNamespacesAlone() throws SQLException {
        String otherNamespace = "org.mentorhub.other-plugin";
        new HostActiveObjects(database(), otherNamespace).migrate(SampleEntity.class);

        ao.migrateDestructively(SampleEntity.class);

        assertThat(tableNames()).contains(HostActiveObjects.tablePrefix(otherNamespace) + "SAMPLE", "AO_5B8B25_SAMPLE");
    }

    @Test
    void reportsItsDatabaseType() {
        assertThat(ao.moduleMetaData().getDatabaseType()).isEqualTo(expectedType());
        assertThat(ao.moduleMetaData().isDataSourcePresent()).isTrue();
    }

    @Test
    void commitsATransactionThatSucceeds() {
        ao.executeInTransaction(() -> ao.create(SampleEntity.class, new DBParam("NAME", "kept")));

        assertThat(ao.find(SampleEntity.class)).extracting(SampleEntity::getName).containsExactly("kept");
    }

    @Test
    void rollsBackEverythingWhenTheCallbackThrows() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(SampleEntity.class, new DBParam("NAME", "lost"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(ao.count(SampleEntity.class)).isZero();
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(SampleEntity.class, new DBParam("NAME", "outer"));
            ao.executeInTransaction(() -> ao.create(SampleEntity.class, new DBParam("NAME", "inner")));
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(SampleEntity.class)).isZero();
    }

    @Test
    void transactionsSeeWhatOthersCommitMeanwhileAsAtReadCommitted() throws Exception {
        int[] counts = new int[2];

        ao.executeInTransaction(() -> {
            counts[0] = ao.count(SampleEntity.class);
            CompletableFuture.runAsync(() -> ao.create(SampleEntity.class, new DBParam("NAME", "committed meanwhile"))).join();
            counts[1] = ao.count(SampleEntity.class);
            return null;
        });

        assertThat(counts).containsExactly(0, 1);
    }

    @Test
    void reportsSqlErrorsAsUncheckedActiveObjectsExceptions() {
        assertThatThrownBy(() -> ao.find(SampleEntity.class, "NO_SUCH_COLUMN = ?", 1))
            .isInstanceOf(ActiveObjectsException.class);
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database().dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }
}
