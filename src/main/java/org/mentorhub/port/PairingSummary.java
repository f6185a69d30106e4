package org.mentorhub.port;

import org.mentorhub.domain.Pairing;

/** A pairing with the size and progress of its action plan, for program overviews. */
public record PairingSummary(Pairing pairing, int goals, int goalsDone) {
}
