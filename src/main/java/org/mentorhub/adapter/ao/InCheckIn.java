package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** Rows that belong to a check-in session. */
public interface InCheckIn {
    String CHECK_IN_UUID = "CHECK_IN_UUID";

    /** The session's domain id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getCheckInUuid();

    void setCheckInUuid(String checkInUuid);
}
