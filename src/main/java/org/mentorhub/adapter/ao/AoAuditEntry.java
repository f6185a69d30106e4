package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One entry of the audit trail; rows are only ever added. */
@Table("AUDIT_ENTRY")
public interface AoAuditEntry extends Entity, InProgram {
    String OCCURRED_AT = "OCCURRED_AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String AUDIT_ACTION = "AUDIT_ACTION";
    String SUBJECT_TYPE = "SUBJECT_TYPE";
    String SUBJECT_UUID = "SUBJECT_UUID";
    String DETAIL = "DETAIL";

    /** When the change happened, epoch milliseconds. */
    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    /** Who made the change. */
    @NotNull
    @Indexed
    String getActorKey();

    void setActorKey(String actorKey);

    /** {@link org.mentorhub.domain.AuditAction} name. */
    @NotNull
    String getAuditAction();

    void setAuditAction(String auditAction);

    /** {@link org.mentorhub.domain.AuditSubject.Type} name. */
    @NotNull
    String getSubjectType();

    void setSubjectType(String subjectType);

    /** The changed record's domain id; indexed for a record's history. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getSubjectUuid();

    void setSubjectUuid(String subjectUuid);

    /** Short, non-confidential summary (at most 255 characters). */
    String getDetail();

    void setDetail(String detail);
}
