package org.mentorhub.matching.bench;

import com.google.ortools.Loader;

/**
 * Prints what optimality buys (greedy total as a percentage of our optimum) on uniform and correlated instances,
 * and checks our optimum against OR-Tools on each. Run by bin/bench-matching after the JMH timings.
 */
public final class MatchingQualityReport {

    private MatchingQualityReport() {
    }

    public static void main(String[] args) {
        Loader.loadNativeLibraries();
        report("uniform 10000x3000x100", GeneratedInstance.uniform(10_000, 3_000, 1, 5, 100, 42));
        report("correlated 10000x3000x100", GeneratedInstance.correlated(10_000, 3_000, 1, 5, 100, 42));
        report("uniform 10000x5000x20 (slack capacity)", GeneratedInstance.uniform(10_000, 5_000, 1, 5, 20, 43));
        report("correlated 10000x5000x20 (slack capacity)", GeneratedInstance.correlated(10_000, 5_000, 1, 5, 20, 43));
        GeneratedInstance full = GeneratedInstance.uniform(10_000, 3_000, 1, 5, 100, 42);
        long optimum = Solvers.ours(full);
        for (int keep : new int[] {50, 20, 10, 5}) {
            System.out.printf("| top-%d candidates of 100 per mentee | %.4f %% of the unpruned optimum |%n", keep,
                    100.0 * Solvers.ours(full.keepBest(keep)) / optimum);
        }
    }

    private static void report(String name, GeneratedInstance instance) {
        long optimum = Solvers.ours(instance);
        long reference = Solvers.orToolsMinCostFlow(instance);
        long greedy = Solvers.greedy(instance);
        System.out.printf("| %s | %d | %s | %.2f %% |%n", name, optimum,
                optimum == reference ? "equal" : "DIFFERENT (" + reference + ")", 100.0 * greedy / optimum);
    }
}
