package org.mentorhub.adapter.ao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.java.ao.RawEntity;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingStanding;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;

/**
 * Writes many pairings, each with one mentee and its goals, straight into the Active Objects tables with JDBC batches:
 * tens of thousands of rows in seconds, where the stores would take a statement or two per row. Tables are named by
 * the host's converters and columns by the entities' constants, so the rows are what the stores would write.
 */
public final class BulkPairings {
    private static final int BATCH = 1_000;

    private final HostDatabase database;
    private final HostActiveObjects ao;

    public BulkPairings(HostDatabase database, HostActiveObjects ao) {
        this.database = database;
        this.ao = ao;
    }

    /**
     * {@code count} active pairings of {@code program}, each with {@code goals} goals of which {@code done} are done, and
     * the goal counts of its stored progress (and its one-column standing) to match.
     */
    public void insert(Id<Program> program, int count, int goals, int done) {
        String programUuid = Columns.uuid(program);
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement pairing = insertInto(connection, AoPairing.class, Identified.UUID, InProgram.PROGRAM_UUID,
                     AoPairing.MENTOR_KEY, AoPairing.STATUS, AoPairing.CREATED_AT, AoPairing.GOALS, AoPairing.GOALS_DONE, AoPairing.STANDING);
                 PreparedStatement mentee = insertInto(connection, AoPairingMentee.class, InPairing.PAIRING_UUID,
                     InProgram.PROGRAM_UUID, AoPairingMentee.MENTEE_KEY, AoPairingMentee.LIST_INDEX);
                 PreparedStatement goal = insertInto(connection, AoGoal.class, Identified.UUID, InPairing.PAIRING_UUID,
                     AoGoal.PROGRAM_UUID, PlanItem.TITLE, PlanItem.STATUS)) {
                for (int i = 0; i < count; i++) {
                    String pairingUuid = UUID.randomUUID().toString();
                    Instant createdAt = Instant.ofEpochMilli(1_700_000_000_000L + i);
                    add(pairing, pairingUuid, programUuid, "mentor-" + i, PairingStatus.ACTIVE.name(), createdAt.toEpochMilli(),
                        goals, done, StandingColumn.encode(new PairingStanding(new Id<>(UUID.fromString(pairingUuid)), PairingStatus.ACTIVE,
                            new UserKey("mentor-" + i), List.of(new UserKey("mentee-" + i)), null, null, createdAt,
                            new PairingProgress(goals, done, 0, 0, null, null))));
                    add(mentee, pairingUuid, programUuid, "mentee-" + i, 0);
                    for (int g = 0; g < goals; g++) {
                        String status = (g < done ? ProgressStatus.DONE : ProgressStatus.OPEN).name();
                        add(goal, UUID.randomUUID().toString(), pairingUuid, programUuid, "Goal " + g, status);
                    }
                    if ((i + 1) % BATCH == 0) {
                        executeBatches(pairing, mentee, goal);
                    }
                }
                executeBatches(pairing, mentee, goal);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the test pairings", e);
        }
    }

    private PreparedStatement insertInto(Connection connection, Class<? extends RawEntity<?>> entity, String... columns)
        throws SQLException {
        String table = ao.nameConverters().getTableNameConverter().getName(entity);
        return connection.prepareStatement("INSERT INTO " + quoted(table) + " ("
            + String.join(", ", List.of(columns).stream().map(BulkPairings::quoted).toList()) + ") VALUES ("
            + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    /** Active Objects creates upper-case quoted identifiers. */
    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }

    private static void add(PreparedStatement insert, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
    }

    private static void executeBatches(PreparedStatement... inserts) throws SQLException {
        for (PreparedStatement insert : inserts) {
            insert.executeBatch();
        }
    }
}
