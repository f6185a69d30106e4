package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A program manager's decision to keep a proposed pairing when the matching runs again (hybrid matching):
 * the lock counts only while the pairing is still {@link PairingStatus#PROPOSED}.
 */
public record ProposalLock(Id<Pairing> pairingId, Id<Program> programId, UserKey lockedBy, Instant lockedAt) {

    public ProposalLock {
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(lockedBy, "lockedBy");
        Objects.requireNonNull(lockedAt, "lockedAt");
    }
}
