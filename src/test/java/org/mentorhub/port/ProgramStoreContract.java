package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;

/** What every {@link ProgramStore} does. */
public abstract class ProgramStoreContract extends StoreContractSupport {

    @Test
    void aStoredProgramReadsBackWithEverySetting() {
        Program program = storedProgram("Leads");

        assertThat(stores.programs().find(program.id())).contains(program);
    }

    @Test
    void updateReplacesStatusAndSettings() {
        Program program = storedProgram("Leads");
        Program changed = new Program(program.id(), ProgramStatus.RUNNING, TestData.settings());

        stores.programs().update(changed);

        assertThat(stores.programs().get(program.id())).isEqualTo(changed);
    }

    @Test
    void updatingAnUnknownProgramFails() {
        Program unknown = TestData.program(ProgramStatus.DRAFT);

        assertThat(messageKey(NotFoundException.class, () -> stores.programs().update(unknown))).isEqualTo("mentorhub.program.notFound");
        assertThat(messageKey(NotFoundException.class, () -> stores.programs().get(unknown.id()))).isEqualTo("mentorhub.program.notFound");
    }

    @Test
    void deleteRemovesOnlyThatProgram() {
        Program gone = storedProgram("Gone");
        Program kept = storedProgram("Kept");

        stores.programs().delete(gone.id());

        assertThat(stores.programs().find(gone.id())).isEmpty();
        assertThat(stores.programs().list()).containsExactly(kept);
    }

    @Test
    void listsAllProgramsByName() {
        Program zeta = storedProgram("Zeta");
        Program alpha = storedProgram("Alpha");
        Program mid = storedProgram("Mid");

        assertThat(stores.programs().list()).containsExactly(alpha, mid, zeta);
        assertThat(stores.programs().find(Id.random())).isEmpty();
    }
}
