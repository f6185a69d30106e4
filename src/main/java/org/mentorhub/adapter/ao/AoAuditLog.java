package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;
import org.mentorhub.port.AuditLog;

/** The audit trail in {@link AoAuditEntry} rows. */
@Named
public class AoAuditLog implements AuditLog {
    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEntry entry) {
        ao.create(AoAuditEntry.class, new Row()
            .set(AoAuditEntry.OCCURRED_AT, millis(entry.at()))
            .set(AoAuditEntry.ACTOR_KEY, key(entry.actor()))
            .set(AoAuditEntry.AUDIT_ACTION, name(entry.action()))
            .set(AoAuditEntry.SUBJECT_TYPE, name(entry.subject().type()))
            .set(AoAuditEntry.SUBJECT_UUID, entry.subject().id().toString())
            .set(InProgram.PROGRAM_UUID, uuid(entry.programId()))
            .set(AoAuditEntry.DETAIL, entry.detail())
            .values());
    }

    /** Entries of the same instant come newest-recorded first. */
    @Override
    public List<AuditEntry> listByProgram(Id<Program> programId, int limit) {
        return Arrays.stream(ao.find(AoAuditEntry.class, Query.select()
                .where(InProgram.PROGRAM_UUID + " = ?", uuid(programId))
                .order(AoAuditEntry.OCCURRED_AT + " DESC, ID DESC")
                .limit(limit)))
            .map(row -> new AuditEntry(instant(row.getOccurredAt()), user(row.getActorKey()),
                enumValue(AuditAction.class, row.getAuditAction()),
                new AuditSubject(enumValue(AuditSubject.Type.class, row.getSubjectType()), UUID.fromString(row.getSubjectUuid())),
                id(row.getProgramUuid()), row.getDetail()))
            .toList();
    }
}
