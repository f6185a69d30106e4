package org.mentorhub.matching;

/** A candidate pair with its 0..100 score (three decimals) and the explanation behind it. */
public record ScoredPair(String menteeId, String mentorId, double score, Explanation explanation) {

    public PairKey key() {
        return new PairKey(menteeId, mentorId);
    }
}
