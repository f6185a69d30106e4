package org.mentorhub.matching;

/**
 * One criterion's part of a score.
 *
 * @param weight the program's weight in percent
 * @param similarity how well the pair meets the criterion, 0..1
 * @param points what the criterion adds to the 0..100 score
 * @param applicable false when the criterion cannot apply to this pair (e.g. diversity without consent); its
 *                   weight is then spread over the other criteria
 * @param reason the human-readable reason, as an i18n message
 */
public record Contribution(Criterion criterion, int weight, double similarity, double points, boolean applicable,
                           Message reason) {
}
