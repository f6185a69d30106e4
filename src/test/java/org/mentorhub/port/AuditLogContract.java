package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** What every {@link AuditLog} does. */
public abstract class AuditLogContract extends StoreContractSupport {

    @Test
    void listsAProgramsEntriesNewestFirstUpToTheLimit() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        AuditEntry first = entry(program, 0, AuditAction.PROGRAM_CREATED);
        AuditEntry second = entry(program, 10, AuditAction.PROGRAM_STATUS_CHANGED);
        AuditEntry third = entry(program, 20, AuditAction.PAIRING_PROPOSED);
        stores.auditLog().record(first);
        stores.auditLog().record(second);
        stores.auditLog().record(entry(other, 15, AuditAction.PROGRAM_CREATED));
        stores.auditLog().record(third);

        assertThat(stores.auditLog().listByProgram(program.id(), 10)).containsExactly(third, second, first);
        assertThat(stores.auditLog().listByProgram(program.id(), 2)).containsExactly(third, second);
    }

    private AuditEntry entry(Program program, int secondsLater, AuditAction action) {
        return new AuditEntry(NOW.plusSeconds(secondsLater), new UserKey("pm-1"), action,
                new AuditSubject(AuditSubject.Type.PROGRAM, UUID.randomUUID()), program.id(), "DRAFT -> ENROLLING");
    }
}
