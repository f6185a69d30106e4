package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.domain.UserKey;
import org.mentorhub.service.MatchingRun;
import org.mentorhub.service.Proposal;

/**
 * What a matching run did, in numbers; the proposals themselves, with explanations, are a separate paged read.
 *
 * @param proposals        open proposals after the run, the locked ones included
 * @param locked           of those, the locked ones the run kept
 * @param retracted        earlier unlocked proposals the run replaced
 * @param unmatchedMentees the mentees the run could not place
 */
public record MatchingRunDto(int proposals, int locked, int retracted, List<String> unmatchedMentees) {

    public static MatchingRunDto from(MatchingRun run) {
        return new MatchingRunDto(run.proposals().size(), (int) run.proposals().stream().filter(Proposal::locked).count(),
                run.retracted(), run.unmatchedMentees().stream().map(UserKey::value).toList());
    }
}
