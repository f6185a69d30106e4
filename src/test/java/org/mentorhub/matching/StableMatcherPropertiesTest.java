package org.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mentorhub.matching.assignment.AssignmentInstance;

class StableMatcherPropertiesTest {

    @Property(tries = 2000)
    void deferredAcceptanceLeavesNoBlockingPair(@ForAll @IntRange(min = 1, max = 12) int mentees,
                                                @ForAll @IntRange(min = 1, max = 6) int mentors,
                                                @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] capacity = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacity[j] = random.nextInt(4);
        }
        AssignmentInstance.Builder builder = AssignmentInstance.builder(mentees, capacity);
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                if (random.nextInt(3) > 0) {
                    builder.addCandidate(i, j, random.nextInt(5));
                }
            }
        }
        AssignmentInstance instance = builder.build();
        long[] mentorWeight = random.longs(instance.edgeCount(), 0, 5).toArray();

        int[] mentorOf = new StableMatcher().match(instance, mentorWeight);

        int[] load = new int[mentors];
        int[] heldEdge = new int[mentees];
        for (int i = 0; i < mentees; i++) {
            heldEdge[i] = mentorOf[i] < 0 ? -1 : instance.findEdge(i, mentorOf[i]);
            if (mentorOf[i] >= 0) {
                assertThat(heldEdge[i]).isNotNegative();
                load[mentorOf[i]]++;
            }
        }
        for (int j = 0; j < mentors; j++) {
            assertThat(load[j]).isLessThanOrEqualTo(capacity[j]);
        }
        for (int i = 0; i < mentees; i++) {
            for (int e = instance.firstEdge(i); e < instance.firstEdge(i + 1); e++) {
                if (e != heldEdge[i] && menteePrefers(instance, e, heldEdge[i])) {
                    assertThat(mentorWouldAccept(instance, mentorWeight, heldEdge, load, e))
                            .as("blocking pair mentee %d / mentor %d", i, instance.edgeMentor(e)).isFalse();
                }
            }
        }
    }

    private static boolean menteePrefers(AssignmentInstance instance, int edge, int current) {
        return current < 0 || instance.edgeWeight(edge) > instance.edgeWeight(current)
                || (instance.edgeWeight(edge) == instance.edgeWeight(current) && edge < current);
    }

    private static boolean mentorWouldAccept(AssignmentInstance instance, long[] mentorWeight, int[] heldEdge,
                                             int[] load, int edge) {
        int mentor = instance.edgeMentor(edge);
        if (load[mentor] < instance.capacity(mentor)) {
            return true;
        }
        for (int held : heldEdge) {
            if (held >= 0 && instance.edgeMentor(held) == mentor
                    && StableMatcher.mentorPrefers(instance, mentorWeight, edge, held)) {
                return true;
            }
        }
        return false;
    }
}
