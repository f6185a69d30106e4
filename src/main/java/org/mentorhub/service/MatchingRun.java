package org.mentorhub.service;

import java.util.List;
import org.mentorhub.domain.UserKey;

/**
 * The outcome of an administrative matching run.
 *
 * @param proposals        every proposal of the program after the run: the locked ones first, then the run's own
 * @param unmatchedMentees mentees the run could not place (no eligible mentor with a free place, or a better total without them)
 * @param retracted        earlier unlocked proposals the run replaced
 */
public record MatchingRun(List<Proposal> proposals, List<UserKey> unmatchedMentees, int retracted) {
    public MatchingRun {
        proposals = List.copyOf(proposals);
        unmatchedMentees = List.copyOf(unmatchedMentees);
    }
}
