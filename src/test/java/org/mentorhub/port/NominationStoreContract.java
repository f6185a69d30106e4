package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** What every {@link NominationStore} does. */
public abstract class NominationStoreContract extends StoreContractSupport {
    private final UserKey nominee = new UserKey("nominee");
    private final UserKey manager = new UserKey("manager");

    @Test
    void aStoredNominationReadsBackAsDecided() {
        Program program = storedProgram("Leads");
        Nomination pending = nomination(program, nominee, 0);
        stores.nominations().insert(pending);
        Nomination decided = new Nomination(pending.id(), program.id(), nominee, manager, ParticipantRole.MENTOR, pending.reason(),
                NominationStatus.ACCEPTED, new IssueKey("LEAD-7"), pending.createdAt(), NOW.plusSeconds(600));

        stores.nominations().update(decided);

        assertThat(stores.nominations().get(pending.id())).isEqualTo(decided);
    }

    @Test
    void listsAProgramsNominationsNewestFirst() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        Nomination older = nomination(program, nominee, 0);
        Nomination newer = nomination(program, new UserKey("second"), 60);
        stores.nominations().insert(older);
        stores.nominations().insert(newer);
        stores.nominations().insert(nomination(other, nominee, 30));

        assertThat(stores.nominations().listByProgram(program.id())).containsExactly(newer, older);
    }

    @Test
    void findsOnlyTheNomineesPendingNominationInThatProgram() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        Nomination declined = nomination(program, nominee, 0).decided(NominationStatus.DECLINED, NOW);
        Nomination pending = nomination(program, nominee, 60);
        stores.nominations().insert(declined);
        stores.nominations().insert(pending);
        stores.nominations().insert(nomination(other, new UserKey("someone"), 0));

        assertThat(stores.nominations().findPending(program.id(), nominee)).contains(pending);
        assertThat(stores.nominations().findPending(other.id(), nominee)).isEmpty();
    }

    private Nomination nomination(Program program, UserKey who, int secondsLater) {
        return Nomination.pending(program.id(), who, manager, ParticipantRole.MENTOR, "Leads by example", NOW.plusSeconds(secondsLater));
    }
}
