package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A mentor and mentee who must not be matched again in a program, and why. */
@Table("PAIR_EXCLUSION")
public interface AoPairExclusion extends Entity, InProgram {
    String MENTOR_KEY = "MENTOR_KEY";
    String MENTEE_KEY = "MENTEE_KEY";
    String REASON = "REASON";
    String DECIDED_BY = "DECIDED_BY";
    String DECIDED_AT = "DECIDED_AT";
    String DECISION_KEY = "DECISION_KEY";

    /** The mentor's user key; indexed, matching reads a mentor's exclusions. */
    @NotNull
    @Indexed
    String getMentorKey();

    void setMentorKey(String mentorKey);

    /** The mentee's user key; indexed, to find what concerns a person. */
    @NotNull
    @Indexed
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    /** The reason's name. */
    @NotNull
    String getReason();

    void setReason(String reason);

    /** Who excluded the pair or declined the pairing. */
    @NotNull
    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    /** When, epoch milliseconds. */
    @NotNull
    long getDecidedAt();

    void setDecidedAt(long decidedAt);

    /**
     * A digest of program, mentor, mentee and reason: unique, a pair is excluded once per reason. A digest because
     * two user keys of up to 255 characters each make a key longer than a unique index takes on every database.
     */
    @NotNull
    @Unique
    @StringLength(Columns.DIGEST_LENGTH)
    String getDecisionKey();

    void setDecisionKey(String decisionKey);
}
