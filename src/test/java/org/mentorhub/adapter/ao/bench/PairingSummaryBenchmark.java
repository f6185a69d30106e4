package org.mentorhub.adapter.ao.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mentorhub.adapter.ao.AoStores;
import org.mentorhub.adapter.ao.BulkPairings;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.port.StoreSet;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.testing.TestDatabases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A program overview ({@code PairingStore.summarize}) over Active Objects: every pairing of a program with its mentee
 * and goal counts, three goals per pairing, on embedded H2 and on the embedded PostgreSQL server (fsync off).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class PairingSummaryBenchmark {
    @Param({"H2", "POSTGRESQL"})
    public String database;

    @Param({"10000"})
    public int pairings;

    private PairingStore store;
    private Program program;

    @Setup
    public void writePairings() {
        HostDatabase host = database.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
        StoreSet stores = AoStores.empty(host);
        program = TestData.program(ProgramStatus.RUNNING);
        stores.programs().insert(program);
        new BulkPairings(host, AoStores.activeObjects(host)).insert(program.id(), pairings, 3, 1);
        store = stores.pairings();
    }

    @Benchmark
    public List<PairingSummary> summarize() {
        return store.summarize(program.id());
    }
}
