package org.mentorhub.matching.assignment;

import java.util.concurrent.TimeUnit;
import org.mentorhub.matching.bench.GeneratedInstance;
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
 * Our algorithms against each other on the shapes that decide {@link AssignmentSolver#algorithmFor} (solve only,
 * the instance is built once): dense Jonker–Volgenant vs successive shortest paths by fill and capacity.
 * Run: {@code bin/bench-matching AssignmentAlgorithmsBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class AssignmentAlgorithmsBenchmark {

    /** Mentees × mentors × minimum–maximum capacity × candidates per mentee. */
    @Param({"1000x1000x1-1x1000", "1000x1000x1-1x500", "1000x1000x1-1x250", "2000x2000x1-1x2000",
            "1000x500x1-1x500", "1000x2000x1-1x1000", "1000x200x1-5x200", "1000x400x1-5x400"})
    public String shape;

    @Param({"DENSE", "SUCCESSIVE_SHORTEST_PATHS"})
    public String algorithm;

    private AssignmentInstance instance;
    private AssignmentSolver solver;

    @Setup(Level.Trial)
    public void generate() {
        String[] size = shape.split("x");
        String[] capacity = size[2].split("-");
        GeneratedInstance g = GeneratedInstance.uniform(Integer.parseInt(size[0]), Integer.parseInt(size[1]),
                Integer.parseInt(capacity[0]), Integer.parseInt(capacity[1]), Integer.parseInt(size[3]), 42);
        instance = g.toAssignmentInstance();
        solver = new AssignmentSolver(AssignmentSolver.Algorithm.valueOf(algorithm));
    }

    @Benchmark
    public long solve() {
        return solver.solve(instance, Objective.MAXIMIZE_SCORE).totalWeight();
    }
}
