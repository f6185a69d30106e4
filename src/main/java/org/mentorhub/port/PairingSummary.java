package org.mentorhub.port;

import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.Pairing;

/** A pairing with the progress stored with it, for program overviews and reports. */
public record PairingSummary(Pairing pairing, PairingProgress progress) {

    /** How many goals the action plan has. */
    public int goals() {
        return progress.goals();
    }

    /** How many of them are done. */
    public int goalsDone() {
        return progress.goalsDone();
    }
}
