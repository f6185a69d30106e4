package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.ao.StatementCounter;

/**
 * The program-wide reads a dashboard makes take the same number of SQL statements for ten pairings as for ten
 * thousand: the pairings with their stored progress and their mentees, and per period a COUNT of held check-ins and
 * the goals' completion times, never a read per pairing (counted at the JDBC level, so lazy loads would show). What
 * they return is the store contracts' business.
 */
class ReportReadsQueryCountTest {
    private static final int FEW = 10;
    private static final int MANY = 10_000;
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void eachProgramWideReadIsOneStatementHoweverManyPairings(HostDatabase database) {
        StoreSet stores = AoStores.empty(database);
        BulkPairings bulk = new BulkPairings(database, AoStores.activeObjects(database));
        Program few = program(stores);
        Program many = program(stores);
        bulk.insert(few.id(), FEW, 3, 1);
        bulk.insert(many.id(), MANY, 3, 1);

        assertStatementsEach(database, few.id(), many.id(), 1, program -> stores.pairings().standings(program));
        assertStatementsEach(database, few.id(), many.id(), 2, program -> stores.participants().countByProgram(program));
        assertStatementsEach(database, few.id(), many.id(), 1, program -> stores.sessions().countHeldCheckIns(program, FROM, TO));
        assertStatementsEach(database, few.id(), many.id(), 1, program -> stores.goals().countGoalsCompleted(program, FROM, TO));
        assertStatementsEach(database, few.id(), many.id(), 1, program -> stores.feedback().listScores(program, FROM, TO));
    }

    private static void assertStatementsEach(HostDatabase database, Id<Program> few, Id<Program> many, int statements,
                                             Function<Id<Program>, Object> read) {
        StatementCounter.Counted<Object> fewRead = database.statements().counted(() -> read.apply(few));
        StatementCounter.Counted<Object> manyRead = database.statements().counted(() -> read.apply(many));
        assertThat(manyRead.statements()).isEqualTo(fewRead.statements()).isEqualTo(statements);
    }

    private static Program program(StoreSet stores) {
        Program program = TestData.program(ProgramStatus.RUNNING);
        stores.programs().insert(program);
        return program;
    }
}
