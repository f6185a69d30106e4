package org.mentorhub.port;

import java.util.List;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.UserKey;

/** The standing decisions matching must respect: excluded pairs and locked proposals. */
public interface MatchingDecisionStore {

    /** Records an excluded pair; the same pair with the same reason again keeps the first record. */
    void saveExclusion(PairExclusion exclusion);

    /** The program's excluded pairs, oldest first. */
    List<PairExclusion> listExclusions(Id<Program> programId);

    /** The program's excluded pairs with {@code mentor} as the mentor, oldest first. */
    List<PairExclusion> exclusionsOf(Id<Program> programId, UserKey mentor);

    /** Locks a proposal; locking it again keeps the first lock. */
    void saveLock(ProposalLock lock);

    /** Removes the proposal's lock, if there is one. */
    void deleteLock(Id<Pairing> pairingId);

    /** The program's locks, oldest first. */
    List<ProposalLock> listLocks(Id<Program> programId);
}
