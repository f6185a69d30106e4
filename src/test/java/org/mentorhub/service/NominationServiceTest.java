package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;

class NominationServiceTest {
    private final World world = new World();
    private final Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);

    @Test
    void theNomineesDirectManagerNominates() {
        Nomination nomination = nominateAs(world.nomineeManager);

        assertThat(nomination.status()).isEqualTo(NominationStatus.PENDING);
        assertThat(nomination.nominator()).isEqualTo(world.nomineeManager);
        assertThat(world.as(world.manager, () -> world.nominations.listForProgram(program.id()))).containsExactly(nomination);
    }

    @Test
    void nobodyElseButAProgramManagerNominates() {
        assertThat(nominateAs(world.manager).nominator()).isEqualTo(world.manager);
        assertThat(messageKey(ForbiddenException.class, () -> nominateAs(world.other))).isEqualTo("mentorhub.auth.forbidden");
    }

    @Test
    void nobodyIsNominatedIntoADraftTheNomineeCouldNotSee() {
        Program draft = world.as(world.admin, () -> world.programs.create(world.settings(ProgramType.GROUP, MatchingMode.ADMIN)));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.nominations.nominate(draft.id(), world.nominee, ParticipantRole.MENTOR, "Knows the product"))))
                .isEqualTo("mentorhub.nomination.programDraft");
    }

    @Test
    void acceptingEnrollsTheNomineeWithTheirConsentAndTheNominatedRole() {
        Nomination nomination = nominateAs(world.nomineeManager);

        Participant participant = world.as(world.nominee, () -> world.nominations.accept(nomination.id(), World.form(TestData.profile(2))));

        assertThat(participant.roles()).containsExactly(ParticipantRole.MENTOR);
        assertThat(participant.consent().givenAt()).isEqualTo(TestData.NOW);
        assertThat(world.stores.nominations().get(nomination.id()).status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThat(world.audit(program)).extracting(AuditEntry::action).contains(AuditAction.NOMINATION_ACCEPTED, AuditAction.PARTICIPANT_ENROLLED);
    }

    @Test
    void aMenteeNominatedAsMentorKeepsBothRoles() {
        world.enroll(world.nominee, program, 0, ParticipantRole.MENTEE);
        Nomination nomination = nominateAs(world.nomineeManager);

        Participant participant = world.as(world.nominee, () -> world.nominations.accept(nomination.id(), World.form(TestData.profile(1))));

        assertThat(participant.roles()).containsExactlyInAnyOrder(ParticipantRole.MENTOR, ParticipantRole.MENTEE);
    }

    @Test
    void onlyTheNomineeAnswers() {
        Nomination nomination = nominateAs(world.nomineeManager);

        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.nomineeManager,
                () -> world.nominations.accept(nomination.id(), World.form(TestData.profile(1)))))).isEqualTo("mentorhub.auth.forbidden");
        assertThat(world.as(world.nominee, () -> world.nominations.decline(nomination.id())).status()).isEqualTo(NominationStatus.DECLINED);
        assertThat(world.stores.participants().find(program.id(), world.nominee)).isEmpty();
    }

    @Test
    void theNominatorMayWithdrawWhilePending() {
        Nomination nomination = nominateAs(world.nomineeManager);

        Nomination withdrawn = world.as(world.nomineeManager, () -> world.nominations.withdraw(nomination.id()));

        assertThat(withdrawn.status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(messageKey(ConflictException.class, () -> world.as(world.nominee, () -> world.nominations.decline(nomination.id()))))
                .isEqualTo("mentorhub.status.transitionNotAllowed");
    }

    @Test
    void oneNominationAtATimeForSomeoneNotYetInTheRole() {
        nominateAs(world.nomineeManager);

        assertThat(messageKey(ConflictException.class, () -> nominateAs(world.manager))).isEqualTo("mentorhub.nomination.alreadyPending");
        world.enroll(world.mentor, program, 1, ParticipantRole.MENTOR);
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.nominations.nominate(program.id(), world.mentor, ParticipantRole.MENTOR, "Again"))))
                .isEqualTo("mentorhub.nomination.alreadyParticipant");
        assertThat(messageKey(NotFoundException.class, () -> world.as(world.manager,
                () -> world.nominations.nominate(program.id(), new UserKey("ghost"), ParticipantRole.MENTOR, "Who?"))))
                .isEqualTo("mentorhub.user.notFound");
    }

    @Test
    void eachPersonListsTheNominationsTheyReceivedMadeOrManage() {
        Nomination nomination = nominateAs(world.nomineeManager);
        Program otherProgram = world.enrollingProgram(ProgramType.GROUP, MatchingMode.ADMIN);
        Nomination elsewhere = world.as(world.manager,
                () -> world.nominations.nominate(otherProgram.id(), world.mentor, ParticipantRole.MENTOR, "Knows the domain"));

        assertThat(world.as(world.nominee, () -> world.nominations.listInvolvingCaller())).containsExactly(nomination);
        assertThat(world.as(world.nomineeManager, () -> world.nominations.listInvolvingCaller())).containsExactly(nomination);
        assertThat(world.as(world.mentor, () -> world.nominations.listInvolvingCaller())).containsExactly(elsewhere);
        assertThat(world.as(world.manager, () -> world.nominations.listInvolvingCaller()))
                .containsExactlyInAnyOrder(nomination, elsewhere);
        assertThat(world.as(world.other, () -> world.nominations.listInvolvingCaller())).isEmpty();
    }

    private Nomination nominateAs(UserKey nominator) {
        return world.as(nominator, () -> world.nominations.nominate(program.id(), world.nominee, ParticipantRole.MENTOR, "Coaches her team well"));
    }
}
