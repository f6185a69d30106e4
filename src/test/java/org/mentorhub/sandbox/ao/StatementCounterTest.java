package org.mentorhub.sandbox.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatementCounterTest {
    private final HostDatabase database = HostDatabase.h2InMemory("statement-counter-test");

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void countsEveryExecutionOfPlainAndPreparedStatements() {
        int statements = database.statements().count(() -> sql(connection -> {
            try (Statement plain = connection.createStatement()) {
                plain.execute("CREATE TABLE COUNTED (N INT)");
                plain.executeUpdate("INSERT INTO COUNTED VALUES (1)");
            }
            try (PreparedStatement prepared = connection.prepareStatement("SELECT N FROM COUNTED WHERE N = ?")) {
                prepared.setInt(1, 1);
                prepared.executeQuery().close();
                prepared.executeQuery().close();
            }
        }));

        assertThat(statements).isEqualTo(4);
    }

    @Test
    void countsOnlyTheCallingThreadAndAddsNestedCountsToTheOuterOne() {
        int[] inner = new int[1];
        int outer = database.statements().count(() -> {
            sql(connection -> connection.createStatement().execute("SELECT 1"));
            CompletableFuture.runAsync(() -> sql(connection -> connection.createStatement().execute("SELECT 2"))).join();
            inner[0] = database.statements().count(() -> sql(connection -> connection.createStatement().execute("SELECT 3")));
        });

        assertThat(inner[0]).isEqualTo(1);
        assertThat(outer).isEqualTo(2);
        assertThat(database.statements().count(() -> { })).isZero();
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private void sql(SqlWork work) {
        try (Connection connection = database.dataSource().getConnection()) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
