package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** Rows that belong to a pairing: read per pairing in one query. */
public interface InPairing {
    String PAIRING_UUID = "PAIRING_UUID";

    /** The pairing's domain id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getPairingUuid();

    void setPairingUuid(String pairingUuid);
}
