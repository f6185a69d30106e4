package org.mentorhub.matching.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our solver against OR-Tools and JGraphT on the instances (same seeded instance for all; build + solve +
 * read-back). JGraphT runs on the dense and the 10k instance only (on 10k one solve took over 15 minutes on the
 * shared 2-core machine; run it alone with {@code bin/bench-matching mediumJGraphT} if needed).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class AssignmentSolversBenchmark {

    /** The sparse instances: mentees × mentors (capacity 1–5) × candidates per mentee. */
    @State(Scope.Benchmark)
    public static class Sparse {
        @Param({"10000x3000x100", "100000x30000x50"})
        public String shape;
        GeneratedInstance instance;

        @Setup(Level.Trial)
        public void generate() {
            String[] size = shape.split("x");
            instance = GeneratedInstance.uniform(Integer.parseInt(size[0]), Integer.parseInt(size[1]), 1, 5,
                    Integer.parseInt(size[2]), 42);
            com.google.ortools.Loader.loadNativeLibraries();
        }
    }

    /** Dense 1,000 × 1,000, capacity 1. */
    @State(Scope.Benchmark)
    public static class Dense {
        GeneratedInstance instance;

        @Setup(Level.Trial)
        public void generate() {
            instance = GeneratedInstance.dense(1000, 7);
            com.google.ortools.Loader.loadNativeLibraries();
        }
    }

    /** The 10k sparse instance alone, for JGraphT. */
    @State(Scope.Benchmark)
    public static class Medium {
        GeneratedInstance instance;

        @Setup(Level.Trial)
        public void generate() {
            instance = GeneratedInstance.uniform(10_000, 3_000, 1, 5, 100, 42);
        }
    }

    @Benchmark
    public long sparseOurs(Sparse state) {
        return Solvers.ours(state.instance);
    }

    @Benchmark
    public long sparseOrToolsMinCostFlow(Sparse state) {
        return Solvers.orToolsMinCostFlow(state.instance);
    }

    @Benchmark
    public long mediumJGraphT(Medium state) {
        return Solvers.jgrapht(state.instance);
    }

    @Benchmark
    public long denseOurs(Dense state) {
        return Solvers.ours(state.instance);
    }

    @Benchmark
    public long denseOrToolsLinearSumAssignment(Dense state) {
        return Solvers.orToolsLinearSumAssignment(state.instance);
    }

    @Benchmark
    public long denseOrToolsMinCostFlow(Dense state) {
        return Solvers.orToolsMinCostFlow(state.instance);
    }

    @Benchmark
    public long denseJGraphT(Dense state) {
        return Solvers.jgrapht(state.instance);
    }
}
