package org.mentorhub.port;

import java.util.List;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;

/** The append-only audit trail: who changed what, when. */
public interface AuditLog {

    /** Appends an entry; written in the same transaction as the change it records. */
    void record(AuditEntry entry);

    /** The program's entries, newest first, at most {@code limit} of them. */
    List<AuditEntry> listByProgram(Id<Program> programId, int limit);
}
