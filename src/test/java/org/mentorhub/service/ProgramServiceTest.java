package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;

class ProgramServiceTest {
    private final World world = new World();

    @Test
    void administratorsCreateDraftsThatOnlyTheirManagersSee() {
        Program draft = world.as(world.admin, () -> world.programs.create(world.settings(ProgramType.REVERSE, MatchingMode.ADMIN)));

        assertThat(draft.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(world.as(world.manager, () -> world.programs.list())).containsExactly(draft);
        assertThat(world.as(world.other, () -> world.programs.list())).isEmpty();
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.other, () -> world.programs.get(draft.id()))))
                .isEqualTo("mentorhub.auth.forbidden");
        assertThat(messageKey(ForbiddenException.class,
                () -> world.as(world.manager, () -> world.programs.create(world.settings(ProgramType.GROUP, MatchingMode.ADMIN)))))
                .isEqualTo("mentorhub.auth.forbidden");
    }

    @Test
    void aManagerTheDirectoryDoesNotKnowIsAFieldErrorAndNothingIsStored() {
        ProgramSettings base = world.settings(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        ProgramSettings withGhost = new ProgramSettings(base.name(), null, base.type(), base.matchingMode(), base.enrollmentWindow(),
                base.duration(), base.checkInCadence(), base.defaultMentorCapacity(), base.criteriaWeights(), false, false, null, null,
                Set.of(world.manager, new UserKey("nobody")));

        assertThat(fieldErrors(() -> world.as(world.admin, () -> world.programs.create(withGhost))).all())
                .containsExactly(new FieldError("managers", "mentorhub.user.notFound", List.of("nobody")));
        assertThat(world.as(world.admin, () -> world.programs.list())).isEmpty();
    }

    @Test
    void periodsBeyondTenYearsAreRefusedOnInputYetStoredOnesStillList() {
        ProgramSettings base = world.settings(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        ProgramSettings forEver = new ProgramSettings(base.name(), null, base.type(), base.matchingMode(), base.enrollmentWindow(),
                java.time.Period.ofYears(999_999_999), base.checkInCadence(), base.defaultMentorCapacity(), base.criteriaWeights(),
                false, false, null, null, base.managers());

        assertThat(fieldErrors(() -> world.as(world.admin, () -> world.programs.create(forEver))).keysFor("duration"))
                .containsExactly("mentorhub.validation.periodTooLong");
        // One written before the rule existed (or by another client) must not take the whole list down.
        world.stores.programs().insert(Program.draft(forEver));
        assertThat(world.as(world.manager, () -> world.programs.list())).singleElement()
                .satisfies(listed -> assertThat(listed.settings().duration().getYears()).isEqualTo(999_999_999));
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThat(messageKey(ForbiddenException.class, () -> world.as((UserKey) null, () -> world.programs.list())))
                .isEqualTo("mentorhub.auth.signInRequired");
    }

    @Test
    void launchedProgramsAreVisibleToEveryoneSignedIn() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);

        assertThat(world.as(world.other, () -> world.programs.get(program.id()))).isEqualTo(program);
    }

    @Test
    void statusChangesFollowTheLifecycleAndAreAudited() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.programs.changeStatus(program.id(), ProgramStatus.RUNNING)))).isEqualTo("mentorhub.status.transitionNotAllowed");
        world.as(world.manager, () -> world.programs.changeStatus(program.id(), ProgramStatus.MATCHING));

        List<AuditEntry> trail = world.as(world.manager, () -> world.programs.auditTrail(program.id()));
        assertThat(trail).extracting(AuditEntry::action, AuditEntry::detail).startsWith(
                tuple(AuditAction.PROGRAM_STATUS_CHANGED, "ENROLLING -> MATCHING"),
                tuple(AuditAction.PROGRAM_STATUS_CHANGED, "DRAFT -> ENROLLING"));
        assertThat(trail).extracting(AuditEntry::actor).contains(world.manager, world.admin);
    }

    @Test
    void closingEndsEverythingStillOpen() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        UserKey waiting = world.enrollMentees(program, "waiting").get(0);
        UserKey otherMentor = world.users.add("other-mentor");
        world.enroll(otherMentor, program, 1, ParticipantRole.MENTOR);
        Nomination pending = world.as(world.manager, () -> world.nominations.nominate(program.id(), world.nominee, ParticipantRole.MENTOR, "Great coach"));
        world.startMatching(program);
        Pairing active = world.activePairing(program);
        Pairing requested = world.as(waiting, () -> world.pairings.request(program.id(), otherMentor));

        Program closed = world.as(world.manager, () -> world.programs.changeStatus(program.id(), ProgramStatus.CLOSED));

        assertThat(closed.status()).isEqualTo(ProgramStatus.CLOSED);
        assertThat(world.stores.pairings().get(active.id()).status()).isEqualTo(PairingStatus.COMPLETED);
        assertThat(world.stores.pairings().get(requested.id()).status()).isEqualTo(PairingStatus.DECLINED);
        assertThat(world.stores.nominations().get(pending.id()).status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager,
                () -> world.programs.update(program.id(), program.settings())))).isEqualTo("mentorhub.program.closed");
    }

    @Test
    void onlyUntouchedDraftsAreDeleted() {
        Program draft = world.as(world.admin, () -> world.programs.create(world.settings(ProgramType.GROUP, MatchingMode.ADMIN)));
        Program launched = world.enrollingProgram(ProgramType.GROUP, MatchingMode.ADMIN);

        world.as(world.manager, () -> world.programs.delete(draft.id()));

        assertThat(world.stores.programs().find(draft.id())).isEmpty();
        assertThat(world.audit(draft)).extracting(AuditEntry::action).contains(AuditAction.PROGRAM_DELETED);
        assertThat(messageKey(ConflictException.class, () -> world.as(world.manager, () -> world.programs.delete(launched.id()))))
                .isEqualTo("mentorhub.program.notDeletable");
    }

    @Test
    void managersChangeTheSettings() {
        Program program = world.enrollingProgram(ProgramType.GROUP, MatchingMode.ADMIN);
        var changed = world.settings(ProgramType.GROUP, MatchingMode.HYBRID);

        Program updated = world.as(world.manager, () -> world.programs.update(program.id(), changed));

        assertThat(world.stores.programs().get(program.id())).isEqualTo(updated);
        assertThat(updated.settings().matchingMode()).isEqualTo(MatchingMode.HYBRID);
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentor, () -> world.programs.update(program.id(), changed))))
                .isEqualTo("mentorhub.auth.forbidden");
    }
}
