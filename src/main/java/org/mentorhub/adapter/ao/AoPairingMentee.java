package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One mentee of a pairing and when they accepted its agreement. */
@Table("PAIRING_MENTEE")
public interface AoPairingMentee extends Entity, InProgram, InPairing {
    String MENTEE_KEY = "MENTEE_KEY";
    String LIST_INDEX = "LIST_INDEX";
    String AGREED_AT = "AGREED_AT";

    /** The mentee's user key; indexed to find the pairings someone is mentored in. */
    @NotNull
    @Indexed
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    /** Position among the pairing's mentees, from 0. */
    @NotNull
    int getListIndex();

    void setListIndex(int listIndex);

    /** When this mentee accepted the agreement, epoch milliseconds. */
    Long getAgreedAt();

    void setAgreedAt(Long agreedAt);
}
