package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.mentee;
import static org.mentorhub.domain.TestData.mentor;
import static org.mentorhub.domain.TestData.participant;
import static org.mentorhub.domain.TestData.profile;
import static org.mentorhub.domain.TestData.user;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairingRulesTest {
    private final Program program = TestData.program(ProgramStatus.MATCHING);
    private final UserKey mentorKey = user("mentor");
    private final UserKey menteeKey = user("mentee");

    @Test
    void aMentorAndAMenteeOfTheProgramMayBePaired() {
        assertThatCode(() -> PairingRules.requireEligible(program, mentor(program, mentorKey, 1), List.of(mentee(program, menteeKey))))
                .doesNotThrowAnyException();
    }

    @Test
    void bothSidesMustHoldTheirRoleInThisProgram() {
        Program other = TestData.program(ProgramStatus.MATCHING);

        FieldErrors errors = fieldErrors(() -> PairingRules.requireEligible(program,
                mentee(program, mentorKey), List.of(mentee(other, menteeKey))));

        assertThat(errors.keysFor("mentor")).containsExactly("mentorhub.pairing.notAMentor");
        assertThat(errors.keysFor("mentees")).containsExactly("mentorhub.pairing.notAMentee");
    }

    @Test
    void participantsWhoOptedOutCannotBePaired() {
        Participant optedOut = mentor(program, mentorKey, 1).optedOut(NOW);

        FieldErrors errors = fieldErrors(() -> PairingRules.requireEligible(program, optedOut, List.of(mentee(program, menteeKey))));

        assertThat(errors.keysFor("mentor")).containsExactly("mentorhub.pairing.notAMentor");
    }

    @Test
    void nobodyIsPairedWithThemselfEvenWhenHoldingBothRoles() {
        Participant both = participant(program, mentorKey, profile(1), ParticipantRole.MENTOR, ParticipantRole.MENTEE);

        FieldErrors errors = fieldErrors(() -> PairingRules.requireEligible(program, both, List.of(both)));

        assertThat(errors.keysFor("mentees")).containsExactly("mentorhub.pairing.self");
    }

    @Test
    void nobodyIsPairedWithTheirDirectManagerOrReport() {
        Participant boss = mentor(program, mentorKey, 1);
        Participant report = participant(program, menteeKey, profile(CareerLevel.ENTRY, mentorKey, 0), ParticipantRole.MENTEE);
        Participant bossOfMentor = participant(program, user("ceo"), profile(CareerLevel.EXECUTIVE, null, 0), ParticipantRole.MENTEE);
        Participant reportingMentor = participant(program, user("lead"), profile(CareerLevel.LEAD, user("ceo"), 1), ParticipantRole.MENTOR);

        assertThat(fieldErrors(() -> PairingRules.requireEligible(program, boss, List.of(report))).keysFor("mentees"))
                .containsExactly("mentorhub.pairing.reportingLine");
        assertThat(fieldErrors(() -> PairingRules.requireEligible(program, reportingMentor, List.of(bossOfMentor))).keysFor("mentees"))
                .containsExactly("mentorhub.pairing.reportingLine");
    }

    @Test
    void onlyGroupProgramsPairSeveralMentees() {
        Program group = TestData.program(ProgramStatus.MATCHING, ProgramType.GROUP);
        List<Participant> twoMentees = List.of(mentee(program, menteeKey), mentee(program, user("other")));

        assertThat(fieldErrors(() -> PairingRules.requireEligible(program, mentor(program, mentorKey, 2), twoMentees)).keysFor("mentees"))
                .containsExactly("mentorhub.pairing.oneMenteeOnly");
        assertThatCode(() -> PairingRules.requireEligible(group, mentor(group, mentorKey, 2),
                List.of(mentee(group, menteeKey), mentee(group, user("other"))))).doesNotThrowAnyException();
    }

    @Test
    void reverseMentorsAreMoreJuniorThanTheirMentee() {
        Program reverse = TestData.program(ProgramStatus.MATCHING, ProgramType.REVERSE);
        Participant juniorMentor = participant(reverse, mentorKey, profile(CareerLevel.ENTRY, null, 1), ParticipantRole.MENTOR);
        Participant seniorMentee = participant(reverse, menteeKey, profile(CareerLevel.DIRECTOR, null, 0), ParticipantRole.MENTEE);

        assertThatCode(() -> PairingRules.requireEligible(reverse, juniorMentor, List.of(seniorMentee))).doesNotThrowAnyException();
        assertThat(fieldErrors(() -> PairingRules.requireEligible(reverse,
                participant(reverse, mentorKey, profile(CareerLevel.EXECUTIVE, null, 1), ParticipantRole.MENTOR), List.of(seniorMentee)))
                .keysFor("mentor")).containsExactly("mentorhub.pairing.reverseNeedsJuniorMentor");
    }

    @Test
    void anOpenPairingBetweenTheSamePeopleIsNotRepeated() {
        Pairing pending = TestData.pairing(program, mentorKey, PairingStatus.REQUESTED, menteeKey);
        Pairing declined = TestData.pairing(program, mentorKey, PairingStatus.DECLINED, menteeKey);
        Pairing candidate = Pairing.requested(program.id(), mentorKey, menteeKey, NOW);

        assertThat(messageKey(ConflictException.class, () -> PairingRules.requireNoClash(program, candidate, List.of(pending))))
                .isEqualTo("mentorhub.pairing.duplicate");
        assertThatCode(() -> PairingRules.requireNoClash(program, candidate, List.of(declined, candidate))).doesNotThrowAnyException();
    }

    @Test
    void aMenteeHoldsOneAcceptedPairingExceptInJustInTimePrograms() {
        Pairing elsewhere = TestData.pairing(program, user("other-mentor"), PairingStatus.ACTIVE, menteeKey);
        Pairing candidate = Pairing.requested(program.id(), mentorKey, menteeKey, NOW);
        Program justInTime = TestData.program(ProgramStatus.RUNNING, ProgramType.JUST_IN_TIME);

        assertThat(messageKey(ConflictException.class, () -> PairingRules.requireNoClash(program, candidate, List.of(elsewhere))))
                .isEqualTo("mentorhub.pairing.menteeAlreadyPaired");
        assertThatCode(() -> PairingRules.requireNoClash(justInTime, candidate, List.of(elsewhere))).doesNotThrowAnyException();
    }
}
