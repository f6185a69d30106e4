package org.mentorhub.adapter.web;

import java.util.List;

/** How one mentee fits the proposed mentor: the 0..100 score and each criterion's part in it. */
public record FitView(String mentee, long score, List<ContributionView> contributions) {
    public FitView {
        contributions = List.copyOf(contributions);
    }
}
