package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A program manager's lock on a proposed pairing, kept when the matching runs again. */
@Table("PROPOSAL_LOCK")
public interface AoProposalLock extends Entity, InProgram {
    String PAIRING_UUID = "PAIRING_UUID";
    String LOCKED_BY = "LOCKED_BY";
    String LOCKED_AT = "LOCKED_AT";

    /** The pairing's domain id; unique, a proposal is locked once (so not {@link InPairing}, whose column is only indexed). */
    @NotNull
    @Unique
    @StringLength(Columns.UUID_LENGTH)
    String getPairingUuid();

    void setPairingUuid(String pairingUuid);

    /** Who locked it. */
    @NotNull
    String getLockedBy();

    void setLockedBy(String lockedBy);

    /** When, epoch milliseconds. */
    @NotNull
    long getLockedAt();

    void setLockedAt(long lockedAt);
}
