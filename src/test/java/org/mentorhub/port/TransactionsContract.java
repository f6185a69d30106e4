package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;

/** What every {@link Transactions} does with the stores of its database. */
public abstract class TransactionsContract extends StoreContractSupport {

    @Test
    void aFailureUndoesEveryWriteOfTheUnitAndPropagatesUnchanged() {
        Program existing = storedProgram("Existing");
        ConflictException failure = new ConflictException("mentorhub.program.closed");
        Program[] created = new Program[1];

        Throwable thrown = catchThrowable(() -> stores.transactions().run(() -> {
            created[0] = storedProgram("Created");
            stores.programs().update(existing.withStatus(ProgramStatus.RUNNING));
            stores.programs().delete(existing.id());
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(stores.programs().find(created[0].id())).isEmpty();
        assertThat(stores.programs().find(existing.id())).contains(existing);
    }

    @Test
    void anInnerUnitJoinsTheOuterOne() {
        Program[] inner = new Program[1];

        catchThrowable(() -> stores.transactions().run(() -> {
            stores.transactions().run(() -> inner[0] = storedProgram("Inner"));
            throw new ConflictException("mentorhub.program.closed");
        }));

        assertThat(stores.programs().find(inner[0].id())).isEmpty();
    }

    @Test
    void aSuccessfulUnitCommitsAndReturnsItsResult() {
        Program program = stores.transactions().call(() -> storedProgram("Committed"));

        assertThat(stores.programs().find(program.id())).contains(program);
    }
}
