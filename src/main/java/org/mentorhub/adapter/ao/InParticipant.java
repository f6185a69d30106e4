package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** Rows that belong to a participant's profile. */
public interface InParticipant {
    String PARTICIPANT_UUID = "PARTICIPANT_UUID";

    /** The participant's domain id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getParticipantUuid();

    void setParticipantUuid(String participantUuid);
}
