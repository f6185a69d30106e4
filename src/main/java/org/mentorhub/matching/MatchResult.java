package org.mentorhub.matching;

import java.util.List;

/** An assignment: the chosen pairs with explanations (in mentee input order), and who stayed unmatched. */
public record MatchResult(List<ScoredPair> pairs, List<String> unmatchedMenteeIds) {

    public MatchResult {
        pairs = List.copyOf(pairs);
        unmatchedMenteeIds = List.copyOf(unmatchedMenteeIds);
    }

    public double totalScore() {
        return PairScorer.roundToThousandths(pairs.stream().mapToDouble(ScoredPair::score).sum());
    }
}
