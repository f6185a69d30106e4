package org.mentorhub.service;

import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Explanation;

/**
 * How well one mentee fits the mentor of a proposal: the 0..100 score with every criterion's weight, similarity,
 * points and reason ({@link org.mentorhub.matching.Message}: an i18n key of {@code mentorhub-matching.properties}
 * plus its arguments), ready to render.
 */
public record MenteeFit(UserKey mentee, Explanation explanation) {
}
