package org.mentorhub.port;

import java.util.List;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;

/**
 * The append-only audit trail: who changed what, when. Entries outlive the records they name (a deleted
 * draft keeps its history), so a store must not tie them to those records' tables.
 */
public interface AuditLog {

    /** Appends an entry; written in the same transaction as the change it records. */
    void record(AuditEntry entry);

    /** The program's entries, newest first, at most {@code limit} of them. */
    List<AuditEntry> listByProgram(Id<Program> programId, int limit);
}
