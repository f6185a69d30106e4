package org.mentorhub.adapter.web;

/**
 * One criterion's part of a score, as text.
 *
 * @param weight     the program's weight of the criterion in percent
 * @param points     what it adds to the 0..100 score, one decimal
 * @param reason     why, in the reader's language
 * @param applicable false when it cannot apply to this pair (its weight went to the others)
 */
public record ContributionView(String criterion, int weight, String points, String reason, boolean applicable) {
}
