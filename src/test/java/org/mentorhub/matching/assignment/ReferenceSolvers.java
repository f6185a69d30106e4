package org.mentorhub.matching.assignment;

import org.mentorhub.matching.bench.GeneratedInstance;
import org.mentorhub.matching.bench.Solvers;

/** Independent optima to check ours against: JGraphT's min-cost flow and exhaustive search. */
final class ReferenceSolvers {

    private ReferenceSolvers() {
    }

    /** Maximum total weight via JGraphT's capacity-scaling min-cost flow (the benchmark's model). */
    static long jgraphtOptimum(AssignmentInstance instance) {
        return Solvers.jgrapht(GeneratedInstance.from(instance));
    }

    /** Maximum total weight by trying every choice for every mentee (tiny instances only). */
    static long exhaustiveOptimum(AssignmentInstance instance) {
        int[] remaining = new int[instance.mentorCount()];
        for (int j = 0; j < remaining.length; j++) {
            remaining[j] = instance.capacity(j);
        }
        return exhaustive(instance, 0, remaining);
    }

    private static long exhaustive(AssignmentInstance instance, int mentee, int[] remaining) {
        if (mentee == instance.menteeCount()) {
            return 0;
        }
        long best = exhaustive(instance, mentee + 1, remaining);
        for (int e = instance.firstEdge(mentee); e < instance.firstEdge(mentee + 1); e++) {
            int mentor = instance.edgeMentor(e);
            if (remaining[mentor] > 0) {
                remaining[mentor]--;
                best = Math.max(best, instance.edgeWeight(e) + exhaustive(instance, mentee + 1, remaining));
                remaining[mentor]++;
            }
        }
        return best;
    }
}
