package org.mentorhub.service;

import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;

/** Names of the cluster locks the services take. */
final class LockNames {
    private LockNames() {
    }

    /**
     * Guards everything that changes who holds a place in a program's pairings: accepting a pairing,
     * a mentor changing capacity, closing the program. One lock per program rather than per mentor also
     * covers the mentee side (one accepted pairing per mentee) without ordering several locks; these are
     * rare human actions, so the coarser lock costs nothing noticeable.
     */
    static String pairingPlaces(Id<Program> programId) {
        return "mentorhub.pairing-places." + programId;
    }

    /** Guards a pairing's stored progress: every write to its goals, milestones or sessions recounts it under this lock. */
    static String pairingProgress(Id<Pairing> pairingId) {
        return "mentorhub.pairing-progress." + pairingId;
    }
}
