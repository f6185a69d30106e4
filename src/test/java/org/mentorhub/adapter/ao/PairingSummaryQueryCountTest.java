package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.ao.StatementCounter;

/**
 * A program overview reads every pairing with its stored progress in a constant number of SQL statements: the same
 * for ten pairings as for ten thousand (counted at the JDBC level, so lazy loads would show).
 */
class PairingSummaryQueryCountTest {
    private static final int FEW = 10;
    private static final int MANY = 10_000;
    private static final int GOALS = 3;
    private static final int DONE = 1;
    /** The pairings, with their progress, and their mentees: no goal is read. */
    private static final int STATEMENTS = 2;

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void summarizingTenThousandPairingsTakesAsManyStatementsAsTen(HostDatabase database) {
        StoreSet stores = AoStores.empty(database);
        BulkPairings bulk = new BulkPairings(database, AoStores.activeObjects(database));
        Program few = program(stores);
        Program many = program(stores);
        bulk.insert(few.id(), FEW, GOALS, DONE);
        bulk.insert(many.id(), MANY, GOALS, DONE);

        StatementCounter.Counted<List<PairingSummary>> fewRead = database.statements().counted(() -> stores.pairings().summarize(few.id()));
        StatementCounter.Counted<List<PairingSummary>> manyRead = database.statements().counted(() -> stores.pairings().summarize(many.id()));

        assertThat(fewRead.result()).hasSize(FEW);
        assertThat(manyRead.result()).hasSize(MANY)
            .allSatisfy(summary -> assertThat(summary).extracting(PairingSummary::goals, PairingSummary::goalsDone).containsExactly(GOALS, DONE))
            .allSatisfy(summary -> assertThat(summary.pairing().mentees()).hasSize(1));
        assertThat(manyRead.statements()).isEqualTo(fewRead.statements()).isEqualTo(STATEMENTS);
    }

    /** The pairings of one user across programs, found among thousands of others, with their mentees and progress. */
    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void oneUsersPairingsAcrossProgramsTakeTwoStatements(HostDatabase database) {
        StoreSet stores = AoStores.empty(database);
        BulkPairings bulk = new BulkPairings(database, AoStores.activeObjects(database));
        Program first = program(stores);
        Program second = program(stores);
        bulk.insert(first.id(), 1_000, GOALS, DONE);
        bulk.insert(second.id(), 1_000, GOALS, DONE);

        StatementCounter.Counted<List<PairingSummary>> read =
            database.statements().counted(() -> stores.pairings().summarizeInvolving(new UserKey("mentor-7")));

        assertThat(read.result()).extracting(summary -> summary.pairing().programId()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(read.result()).allSatisfy(summary ->
            assertThat(summary).extracting(PairingSummary::goals, PairingSummary::goalsDone).containsExactly(GOALS, DONE));
        assertThat(read.statements()).isEqualTo(STATEMENTS);
    }

    private static Program program(StoreSet stores) {
        Program program = TestData.program(ProgramStatus.RUNNING);
        stores.programs().insert(program);
        return program;
    }
}
