package org.mentorhub.service;

import java.time.Clock;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;
import org.mentorhub.port.AuditLog;

/** Writes the audit entry of a change, timed by the clock, inside the change's own transaction. */
public class Auditor {
    private final AuditLog auditLog;
    private final Clock clock;

    public Auditor(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public void record(Actor actor, AuditAction action, Id<Program> programId, AuditSubject.Type type, Id<?> subject, String detail) {
        auditLog.record(new AuditEntry(clock.instant(), actor.user(), action, AuditSubject.of(type, subject), programId, detail));
    }

    public void record(Actor actor, AuditAction action, Id<Program> programId, AuditSubject.Type type, Id<?> subject) {
        record(actor, action, programId, type, subject, null);
    }
}
