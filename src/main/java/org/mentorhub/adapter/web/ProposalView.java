package org.mentorhub.adapter.web;

import java.util.List;

/**
 * A matching proposal as a program manager reviews it: who with whom, the score (0..100, the mean over the mentees)
 * and the explanation of each mentee's fit.
 *
 * @param cohesion in group proposals, how alike the mentees' goals are; null for one mentee
 */
public record ProposalView(String id, String mentor, String mentees, long score, boolean locked, List<FitView> fits,
                           String cohesion) {
    public ProposalView {
        fits = List.copyOf(fits);
    }
}
