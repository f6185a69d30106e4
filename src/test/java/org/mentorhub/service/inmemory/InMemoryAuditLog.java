package org.mentorhub.service.inmemory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Program;
import org.mentorhub.port.AuditLog;

final class InMemoryAuditLog implements AuditLog {
    private final InMemoryTable<Long, AuditEntry> entries;
    private final AtomicLong sequence = new AtomicLong();

    InMemoryAuditLog(InMemoryTransactions transactions) {
        entries = new InMemoryTable<>(transactions);
    }

    @Override
    public void record(AuditEntry entry) {
        entries.save(sequence.incrementAndGet(), entry);
    }

    /** Newest first; entries of the same instant newest-recorded first. */
    @Override
    public List<AuditEntry> listByProgram(Id<Program> programId, int limit) {
        List<AuditEntry> ofProgram = new ArrayList<>(entries.rows().filter(e -> e.programId().equals(programId)).toList());
        Collections.reverse(ofProgram);
        return ofProgram.stream().sorted(Comparator.comparing(AuditEntry::at).reversed()).limit(limit).toList();
    }
}
