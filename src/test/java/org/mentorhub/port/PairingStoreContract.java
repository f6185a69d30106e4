package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.CLOCK;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.TODAY;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Agreement;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchScore;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;

/** What every {@link PairingStore} does. */
public abstract class PairingStoreContract extends StoreContractSupport {

    @Test
    void aStoredPairingReadsBackWithMenteesInOrderScoreAndAgreement() {
        Program program = storedProgram("Leads");
        Pairing proposed = storedPairing(program, "mentor", "zoe", "adam", "mia");
        AgreementTerms terms = new AgreementTerms(true, Period.ofWeeks(2), Period.ofMonths(6), "Agenda 24h ahead");
        Pairing full = new Pairing(proposed.id(), program.id(), proposed.mentor(), proposed.mentees(), PairingStatus.ACTIVE,
                new MatchScore(0.82, List.of("mentorhub.match.sharedSkills", "mentorhub.match.timeZone"), "Both know Java; 1h apart"),
                new Agreement(terms, NOW, Map.of(new UserKey("zoe"), NOW.plusSeconds(1), new UserKey("adam"), NOW.plusSeconds(2),
                        new UserKey("mia"), NOW.plusSeconds(3))),
                TODAY, TODAY.plusMonths(6), new IssueKey("LEAD-12"), proposed.createdAt());

        stores.pairings().update(full);

        assertThat(stores.pairings().get(proposed.id())).isEqualTo(full);
        assertThat(stores.pairings().get(proposed.id()).mentees()).containsExactly(new UserKey("zoe"), new UserKey("adam"), new UserKey("mia"));
    }

    @Test
    void updateCanShrinkTheAgreementBackToUnaccepted() {
        Program program = storedProgram("Leads");
        Pairing proposed = storedPairing(program, "mentor", "zoe");
        AgreementTerms terms = new AgreementTerms(false, Period.ofWeeks(1), Period.ofMonths(3), "Weekly");
        Pairing accepted = proposed.withStatus(PairingStatus.ACCEPTED).withAgreementTerms(terms).agreementAcceptedBy(new UserKey("mentor"), CLOCK);
        stores.pairings().update(accepted);

        Pairing renegotiated = accepted.withAgreementTerms(terms);
        stores.pairings().update(renegotiated);

        assertThat(stores.pairings().get(proposed.id())).isEqualTo(renegotiated);
    }

    @Test
    void unknownPairingsAreNotFound() {
        assertThat(stores.pairings().find(Id.random())).isEmpty();
        assertThat(messageKey(NotFoundException.class, () -> stores.pairings().get(Id.random()))).isEqualTo("mentorhub.pairing.notFound");
    }

    @Test
    void findsThePairingAnIssueStandsForWithItsMenteesInAnyProgram() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        storedPairing(program, "m1", "e1");
        Pairing linked = storedPairing(other, "m2", "e2", "e3").withStatus(PairingStatus.ACCEPTED).withJiraIssueKey(new IssueKey("LEAD-7"));
        stores.pairings().update(linked);

        assertThat(stores.pairings().findByIssueKey(new IssueKey("LEAD-7"))).contains(linked);
        assertThat(stores.pairings().findByIssueKey(new IssueKey("LEAD-8"))).isEmpty();
    }

    @Test
    void listsAProgramsPairingsOldestFirst() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        Pairing newer = storedPairing(program, "m1", NOW.plusSeconds(60), "e1");
        Pairing older = storedPairing(program, "m2", NOW, "e2");
        storedPairing(other, "m1", NOW, "e1");

        assertThat(stores.pairings().listByProgram(program.id())).containsExactly(older, newer);
    }

    @Test
    void findsThePairingsInvolvingAnyOfSomeUsersAsMentorOrMentee() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        Pairing asMentor = storedPairing(program, "ada", NOW, "e1");
        Pairing asMentee = storedPairing(program, "m2", NOW.plusSeconds(1), "e2", "bob");
        storedPairing(program, "m3", NOW.plusSeconds(2), "e3");
        storedPairing(other, "ada", NOW, "bob");

        assertThat(stores.pairings().listInvolving(program.id(), List.of(new UserKey("ada"), new UserKey("bob"))))
                .containsExactly(asMentor, asMentee);
    }

    @Test
    void summarizesEveryPairingWithItsSavedProgress() {
        Program program = storedProgram("Leads");
        Pairing withProgress = storedPairing(program, "m1", NOW, "e1");
        Pairing withoutProgress = storedPairing(program, "m2", NOW.plusSeconds(1), "e2");
        storedPairing(storedProgram("Other"), "m3", NOW, "e3");
        PairingProgress progress = new PairingProgress(3, 2, 5, 1, TODAY.minusDays(3), NOW.minusSeconds(3600));
        PairingProgress earlier = new PairingProgress(1, 0, 0, 0, null, null);
        stores.pairings().saveProgress(withProgress.id(), earlier);

        stores.pairings().saveProgress(withProgress.id(), progress);

        assertThat(stores.pairings().summarize(program.id())).containsExactly(
                new PairingSummary(withProgress, progress),
                new PairingSummary(withoutProgress, PairingProgress.NONE));
    }

    @Test
    void listsWhereTheProgramsPairingsStandWithMenteesInOrderAndTheAgreedCadence() {
        Program program = storedProgram("Leads");
        Pairing later = storedPairing(program, "m2", NOW.plusSeconds(1), "e3");
        Pairing agreed = storedPairing(program, "m1", NOW, "e2", "e1").withStatus(PairingStatus.ACCEPTED).withAgreementTerms(TestData.terms());
        stores.pairings().update(agreed);
        storedPairing(storedProgram("Other"), "m3", NOW, "e4");
        PairingProgress progress = new PairingProgress(4, 1, 2, 0, TODAY, NOW);
        stores.pairings().saveProgress(agreed.id(), progress);

        assertThat(stores.pairings().standings(program.id())).containsExactlyInAnyOrder(
                new PairingStanding(agreed.id(), PairingStatus.ACCEPTED, new UserKey("m1"), List.of(new UserKey("e2"), new UserKey("e1")),
                        null, TestData.terms().meetingCadence(), NOW, progress),
                new PairingStanding(later.id(), PairingStatus.PROPOSED, new UserKey("m2"), List.of(new UserKey("e3")), null, null,
                        NOW.plusSeconds(1), PairingProgress.NONE));
        assertThat(stores.pairings().standings(storedProgram("Empty").id())).isEmpty();
    }

    @Test
    void updatingAPairingKeepsItsProgress() {
        Program program = storedProgram("Leads");
        Pairing pairing = storedPairing(program, "m1", NOW, "e1");
        PairingProgress progress = new PairingProgress(2, 1, 0, 0, null, NOW);
        stores.pairings().saveProgress(pairing.id(), progress);
        Pairing completed = pairing.withStatus(PairingStatus.ACCEPTED);

        stores.pairings().update(completed);

        assertThat(stores.pairings().summarize(program.id())).containsExactly(new PairingSummary(completed, progress));
    }

    @Test
    void savingTheProgressOfAnUnknownPairingIsNotFound() {
        assertThatThrownBy(() -> stores.pairings().saveProgress(Id.random(), PairingProgress.NONE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void summarizesThePairingsOfOneUserAcrossProgramsWithTheirSavedProgress() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        Pairing asMentee = storedPairing(other, "m1", NOW.plusSeconds(2), "e1", "ada");
        Pairing asMentor = storedPairing(program, "ada", NOW, "e2", "e3");
        storedPairing(program, "m3", NOW.plusSeconds(1), "e4");
        PairingProgress progress = new PairingProgress(2, 1, 1, 1, null, null);
        stores.pairings().saveProgress(asMentee.id(), progress);

        assertThat(stores.pairings().summarizeInvolving(new UserKey("ada"))).containsExactly(
                new PairingSummary(asMentor, PairingProgress.NONE),
                new PairingSummary(asMentee, progress));
        assertThat(stores.pairings().summarizeInvolving(new UserKey("nobody"))).isEmpty();
    }
}
