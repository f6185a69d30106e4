package org.mentorhub.adapter.web;

/**
 * A program's key figures today, from its dashboard, for the managers' program page.
 *
 * @param acceptedPairs pairings approved or accepted and waiting for their agreement
 * @param paired        opted-in people in an accepted or active pairing
 */
public record ProgramKpis(int activePairs, int acceptedPairs, int paired, int optedIn, int goalsDone, int goals,
                          int pairsAtRisk) {
}
