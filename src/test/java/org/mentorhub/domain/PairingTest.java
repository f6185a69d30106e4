package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.CLOCK;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.TODAY;
import static org.mentorhub.domain.TestData.user;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairingTest {
    private final Program program = TestData.program(ProgramStatus.RUNNING, ProgramType.GROUP);
    private final UserKey mentor = user("mentor");
    private final UserKey ann = user("ann");
    private final UserKey bob = user("bob");

    @Test
    void nobodyIsPairedWithThemself() {
        FieldErrors errors = fieldErrors(() -> Pairing.requested(program.id(), mentor, mentor, NOW));

        assertThat(errors.keysFor("mentees")).containsExactly("mentorhub.pairing.self");
    }

    @Test
    void menteesAreListedOnce() {
        FieldErrors errors = fieldErrors(() -> Pairing.proposed(program.id(), mentor, List.of(ann, ann), null, NOW));

        assertThat(errors.keysFor("mentees")).containsExactly("mentorhub.pairing.duplicateMentee");
    }

    @Test
    void theLastAcceptanceOfTheAgreementStartsThePairing() {
        Pairing accepted = TestData.pairing(program, mentor, PairingStatus.ACCEPTED, ann, bob).withAgreementTerms(TestData.terms());

        Pairing afterMentor = accepted.agreementAcceptedBy(mentor, CLOCK);
        Pairing afterAnn = afterMentor.agreementAcceptedBy(ann, CLOCK);
        Pairing afterBob = afterAnn.agreementAcceptedBy(bob, CLOCK);

        assertThat(afterMentor.status()).isEqualTo(PairingStatus.ACCEPTED);
        assertThat(afterMentor.agreement().mentorAcceptedAt()).isEqualTo(NOW);
        assertThat(afterAnn.status()).isEqualTo(PairingStatus.ACCEPTED);
        assertThat(afterBob.status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(afterBob.startDate()).isEqualTo(TODAY);
        assertThat(afterBob.endDate()).isEqualTo(TODAY.plusMonths(6));
        assertThat(afterBob.agreement().menteesAcceptedAt()).containsOnlyKeys(ann, bob);
    }

    @Test
    void changedTermsMustBeAcceptedAgain() {
        Pairing accepted = TestData.pairing(program, mentor, PairingStatus.ACCEPTED, ann)
                .withAgreementTerms(TestData.terms())
                .agreementAcceptedBy(mentor, CLOCK);

        Pairing renegotiated = accepted.withAgreementTerms(TestData.terms());

        assertThat(renegotiated.agreement().mentorAcceptedAt()).isNull();
        assertThat(renegotiated.agreementAcceptedBy(ann, CLOCK).status()).isEqualTo(PairingStatus.ACCEPTED);
    }

    @Test
    void theAgreementBelongsToAcceptedPairingsThatHaveTerms() {
        Pairing requested = TestData.pairing(program, mentor, PairingStatus.REQUESTED, ann);
        Pairing withoutTerms = TestData.pairing(program, mentor, PairingStatus.ACCEPTED, ann);

        assertThat(messageKey(ConflictException.class, () -> requested.withAgreementTerms(TestData.terms())))
                .isEqualTo("mentorhub.pairing.wrongStatus");
        assertThat(messageKey(ConflictException.class, () -> withoutTerms.agreementAcceptedBy(ann, CLOCK)))
                .isEqualTo("mentorhub.agreement.missing");
    }

    @Test
    void anEarlyEndIsDatedTheDayItHappens() {
        Pairing active = started();
        Pairing ended = active.endedEarly(TODAY.plusDays(40));

        assertThat(ended.status()).isEqualTo(PairingStatus.ENDED_EARLY);
        assertThat(ended.startDate()).isEqualTo(TODAY);
        assertThat(ended.endDate()).isEqualTo(TODAY.plusDays(40));
    }

    @ParameterizedTest(name = "{0} becomes {1} when the program closes")
    @CsvSource({"PROPOSED, DECLINED", "REQUESTED, DECLINED", "ACCEPTED, ENDED_EARLY", "ACTIVE, COMPLETED",
            "DECLINED, DECLINED", "COMPLETED, COMPLETED", "ENDED_EARLY, ENDED_EARLY"})
    void closingTheProgramEndsEveryOpenPairing(PairingStatus before, PairingStatus after) {
        Pairing pairing = TestData.pairing(program, mentor, before, ann);

        assertThat(pairing.closedWithProgram(TODAY).status()).isEqualTo(after);
    }

    @Test
    void membersAreTheMentorAndTheMentees() {
        Pairing pairing = TestData.pairing(program, mentor, PairingStatus.ACTIVE, ann, bob);

        assertThat(pairing.members()).containsExactly(mentor, ann, bob);
        assertThat(pairing.hasMember(bob)).isTrue();
        assertThat(pairing.isMentee(mentor)).isFalse();
        assertThat(pairing.hasMember(user("carol"))).isFalse();
    }

    @Test
    void theCheckInCadenceIsTheAgreedOneElseTheProgramsOwn() {
        Pairing unagreed = TestData.pairing(program, mentor, PairingStatus.ACCEPTED, ann);
        Pairing agreed = unagreed.withAgreementTerms(new AgreementTerms(true, Period.ofWeeks(1), Period.ofMonths(3), "Weekly"));

        assertThat(unagreed.checkInCadence(Period.ofDays(14))).isEqualTo(Period.ofDays(14));
        assertThat(agreed.checkInCadence(Period.ofDays(14))).isEqualTo(Period.ofWeeks(1));
    }

    private Pairing started() {
        return TestData.pairing(program, mentor, PairingStatus.ACCEPTED, ann)
                .withAgreementTerms(TestData.terms())
                .agreementAcceptedBy(mentor, CLOCK)
                .agreementAcceptedBy(ann, CLOCK);
    }
}
