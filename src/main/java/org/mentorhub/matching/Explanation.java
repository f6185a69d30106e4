package org.mentorhub.matching;

import java.util.List;

/** Why a pair scored what it did: every criterion's contribution with its reason. Points sum to the score. */
public record Explanation(double score, List<Contribution> contributions) {

    public Explanation {
        contributions = List.copyOf(contributions);
    }

    /** The reasons in criterion order, for display. */
    public List<Message> reasons() {
        return contributions.stream().map(Contribution::reason).toList();
    }
}
