package org.mentorhub.adapter.web;

import java.util.List;

/**
 * A suggested mentor as the "find a mentor" page shows them.
 *
 * @param score    the match score out of 100, rounded
 * @param criteria every criterion's share of the score, with its reason
 */
public record MentorSuggestionView(String mentorKey, String mentorName, long score, int freePlaces, List<CriterionView> criteria) {
    public MentorSuggestionView {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion's part of a score.
     *
     * @param points    what it adds to the score, one decimal
     * @param percent   how well the pair meets it, 0 to 100, the width of its bar
     * @param applicable false when it cannot apply to this pair (its weight went to the others)
     */
    public record CriterionView(String name, String points, long percent, boolean applicable, String reason) {
    }
}
