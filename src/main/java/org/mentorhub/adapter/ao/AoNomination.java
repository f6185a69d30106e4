package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A nomination of someone into a program. */
@Table("NOMINATION")
public interface AoNomination extends Entity, Identified, InProgram, InJira {
    String NOMINEE_KEY = "NOMINEE_KEY";
    String NOMINATOR_KEY = "NOMINATOR_KEY";
    String NOMINEE_ROLE = "NOMINEE_ROLE";
    String REASON = "REASON";
    String STATUS = "STATUS";
    String CREATED_AT = "CREATED_AT";
    String DECIDED_AT = "DECIDED_AT";

    /** The nominee's user key. */
    @NotNull
    @Indexed
    String getNomineeKey();

    void setNomineeKey(String nomineeKey);

    /** The nominator's user key. */
    @NotNull
    @Indexed
    String getNominatorKey();

    void setNominatorKey(String nominatorKey);

    /** {@link org.mentorhub.domain.ParticipantRole} the nominee is proposed for. */
    @NotNull
    String getNomineeRole();

    void setNomineeRole(String nomineeRole);

    /** Why the nominator proposes the nominee; free text, never filtered on. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    /** {@link org.mentorhub.domain.NominationStatus} name. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** When the nomination was made, epoch milliseconds. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** When the nominee or nominator decided, epoch milliseconds; empty while pending. */
    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);
}
