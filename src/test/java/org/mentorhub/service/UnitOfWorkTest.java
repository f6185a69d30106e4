package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mentorhub.domain.Failures.fieldErrors;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.assignment.Objective;
import org.mentorhub.port.AuditLog;
import org.mentorhub.port.StoreSet;
import org.mentorhub.service.inmemory.InMemoryStores;

/** A use case that fails part-way leaves nothing of itself behind. */
class UnitOfWorkTest {
    private final StoreSet healthy = InMemoryStores.create();
    private final FailingAuditLog auditLog = new FailingAuditLog(healthy.auditLog());
    private final World world = new World(new StoreSet(healthy.transactions(), healthy.programs(), healthy.participants(),
            healthy.nominations(), healthy.pairings(), healthy.goals(), healthy.sessions(), healthy.feedback(), healthy.training(),
            healthy.matchingDecisions(), auditLog));

    @Test
    void aCloseThatFailsAtItsLastWriteLeavesTheProgramAsItWas() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        Nomination nomination = world.as(world.manager, () -> world.nominations.nominate(program.id(), world.nominee, ParticipantRole.MENTOR, "Ready"));
        world.startMatching(program);
        Pairing active = world.activePairing(program);
        List<AuditEntry> trailBefore = world.audit(program);
        auditLog.failOn(AuditAction.NOMINATION_WITHDRAWN);

        Throwable failure = catchThrowable(() -> world.as(world.manager, () -> world.programs.close(program.id())));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(world.stores.programs().get(program.id()).status()).isEqualTo(ProgramStatus.MATCHING);
        assertThat(world.stores.pairings().get(active.id()).status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(world.stores.nominations().get(nomination.id()).status()).isEqualTo(NominationStatus.PENDING);
        assertThat(world.audit(program)).isEqualTo(trailBefore);
    }

    @Test
    void anAcceptanceThatCannotBeAuditedTakesNoPlace() {
        Program program = world.matchingProgram();
        Pairing requested = world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        auditLog.failOn(AuditAction.PAIRING_ACCEPTED);

        catchThrowable(() -> world.as(world.mentor, () -> world.pairings.accept(requested.id())));

        assertThat(world.stores.pairings().get(requested.id()).status()).isEqualTo(PairingStatus.REQUESTED);
        auditLog.failOn(null);
        assertThat(world.as(world.mentor, () -> world.pairings.accept(requested.id())).status()).isEqualTo(PairingStatus.ACCEPTED);
    }

    @Test
    void aNominationAcceptedWithInvalidConsentStaysPending() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        Nomination nomination = world.as(world.nomineeManager, () -> world.nominations.nominate(program.id(), world.nominee, ParticipantRole.MENTOR, "Ready"));
        EnrollmentForm noConsent = new EnrollmentForm(Set.of(), ParticipantSource.EMPLOYEE, TestData.profile(1), Set.of(), "v1");

        assertThat(fieldErrors(() -> world.as(world.nominee, () -> world.nominations.accept(nomination.id(), noConsent))).keysFor("consent.scopes"))
                .containsExactly("mentorhub.consent.participationRequired");
        assertThat(world.stores.nominations().get(nomination.id()).status()).isEqualTo(NominationStatus.PENDING);
        assertThat(world.stores.participants().find(program.id(), world.nominee)).isEmpty();
        assertThat(world.audit(program)).extracting(AuditEntry::action).doesNotContain(AuditAction.NOMINATION_ACCEPTED);
    }

    @Test
    void aMatchingRunThatCannotBeAuditedKeepsTheEarlierProposals() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        UserKey second = world.users.add("second-mentor");
        world.enroll(second, program, 1, ParticipantRole.MENTOR);
        world.startMatching(program);
        Pairing first = world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_SCORE)).proposals().get(0).pairing();
        world.as(first.mentor(), () -> world.enrollment.updateProfile(program.id(), ProfileBuilder.profile().capacity(2).build()));
        List<Pairing> before = world.stores.pairings().listByProgram(program.id());
        auditLog.failOn(AuditAction.MATCHING_RUN);

        Throwable failure = catchThrowable(() -> world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_SCORE)));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(world.stores.pairings().listByProgram(program.id())).isEqualTo(before);
        auditLog.failOn(null);
        MatchingRun rerun = world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_SCORE));
        assertThat(rerun.retracted()).isOne();
        assertThat(rerun.proposals().get(0).pairing().mentor()).isNotEqualTo(first.mentor());
    }

    /** An audit log whose store breaks on one kind of entry, like a database that goes away mid-transaction. */
    private static final class FailingAuditLog implements AuditLog {
        private final AuditLog delegate;
        private volatile AuditAction failing;

        FailingAuditLog(AuditLog delegate) {
            this.delegate = delegate;
        }

        void failOn(AuditAction action) {
            failing = action;
        }

        @Override
        public void record(AuditEntry entry) {
            if (entry.action() == failing) {
                throw new IllegalStateException("audit store unavailable");
            }
            delegate.record(entry);
        }

        @Override
        public List<AuditEntry> listByProgram(Id<Program> programId, int limit) {
            return delegate.listByProgram(programId, limit);
        }
    }
}
