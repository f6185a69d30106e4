package org.mentorhub.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.port.AuditLog;
import org.mentorhub.port.Locks;
import org.mentorhub.port.NominationStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.Transactions;

/** Creating, configuring, moving through the lifecycle, closing and reading programs. */
public class ProgramService {
    /** Enough history for the program's audit page; older entries stay stored. */
    static final int AUDIT_TRAIL_LIMIT = 500;

    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final NominationStore nominations;
    private final PairingStore pairings;
    private final AuditLog auditLog;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Locks locks;
    private final Clock clock;

    public ProgramService(ProgramStore programs, ParticipantStore participants, NominationStore nominations, PairingStore pairings,
                          AuditLog auditLog, Access access, Auditor auditor, Transactions transactions, Locks locks, Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.nominations = nominations;
        this.pairings = pairings;
        this.auditLog = auditLog;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    /** Administrators create programs and name their managers; a new program is a draft. */
    public Program create(ProgramSettings settings) {
        Actor actor = access.caller();
        actor.requireAdmin();
        requireStorable(settings);
        return transactions.call(() -> {
            Program program = Program.draft(settings);
            programs.insert(program);
            auditor.record(actor, AuditAction.PROGRAM_CREATED, program.id(), AuditSubject.Type.PROGRAM, program.id(), settings.name());
            return program;
        });
    }

    public Program update(Id<Program> programId, ProgramSettings settings) {
        requireStorable(settings);
        return changeAsManager(programId, program -> program.withSettings(settings), AuditAction.PROGRAM_UPDATED);
    }

    /** The input rules beyond the settings' own: managers the directory knows, dates and periods that can be stored. */
    private void requireStorable(ProgramSettings settings) {
        FieldErrors.Builder errors = FieldErrors.builder()
                .optionalDate("start", settings.enrollmentWindow().start())
                .optionalDate("end", settings.enrollmentWindow().end())
                .maxPeriod("duration", settings.duration())
                .maxPeriod("checkInCadence", settings.checkInCadence());
        settings.managers().stream().filter(manager -> !access.knows(manager)).findFirst()
                .ifPresent(unknown -> errors.add("managers", "mentorhub.user.notFound", unknown.value()));
        errors.throwIfAny();
    }

    /** Moves the program along its lifecycle; moving to {@link ProgramStatus#CLOSED} closes it as {@link #close} does. */
    public Program changeStatus(Id<Program> programId, ProgramStatus target) {
        if (target == ProgramStatus.CLOSED) {
            return close(programId);
        }
        return changeAsManager(programId, program -> program.withStatus(target), AuditAction.PROGRAM_STATUS_CHANGED);
    }

    /**
     * Closes the program and everything still open in it: running pairings complete, accepted ones end
     * early, unanswered ones are declined, pending nominations withdrawn. Holds the pairing-places lock
     * so no pairing is accepted into the program while it closes.
     */
    public Program close(Id<Program> programId) {
        Actor actor = access.caller();
        Program program = transactions.call(() -> programs.get(programId));
        actor.requireProgramManager(program);
        return locks.withLock(LockNames.pairingPlaces(programId), () -> transactions.call(() -> {
            Program current = programs.get(programId);
            Program closed = current.withStatus(ProgramStatus.CLOSED);
            programs.update(closed);
            auditor.record(actor, AuditAction.PROGRAM_STATUS_CHANGED, programId, AuditSubject.Type.PROGRAM, programId, statusChange(current, closed));
            LocalDate today = LocalDate.now(clock);
            for (Pairing pairing : pairings.listByProgram(programId)) {
                Pairing ended = pairing.closedWithProgram(today);
                if (ended.status() != pairing.status()) {
                    pairings.update(ended);
                    auditor.record(actor, AuditAction.forPairingStatus(ended.status()), programId, AuditSubject.Type.PAIRING, ended.id(), "program closed");
                }
            }
            for (Nomination nomination : nominations.listByProgram(programId)) {
                if (nomination.status() == NominationStatus.PENDING) {
                    nominations.update(nomination.decided(NominationStatus.WITHDRAWN, clock.instant()));
                    auditor.record(actor, AuditAction.NOMINATION_WITHDRAWN, programId, AuditSubject.Type.NOMINATION, nomination.id(), "program closed");
                }
            }
            return closed;
        }));
    }

    /** Deletes a draft nobody was enrolled or nominated into; anything further along is closed instead, keeping its history. */
    public void delete(Id<Program> programId) {
        Actor actor = access.caller();
        transactions.run(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            if (program.status() != ProgramStatus.DRAFT
                    || !participants.listByProgram(programId).isEmpty()
                    || !nominations.listByProgram(programId).isEmpty()) {
                throw new ConflictException("mentorhub.program.notDeletable");
            }
            programs.delete(programId);
            auditor.record(actor, AuditAction.PROGRAM_DELETED, programId, AuditSubject.Type.PROGRAM, programId, program.settings().name());
        });
    }

    /** Any signed-in user sees a launched program; drafts only their managers. */
    public Program get(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.require(isVisibleTo(program, actor));
            return program;
        });
    }

    public List<Program> list() {
        Actor actor = access.caller();
        return transactions.call(() -> programs.list().stream().filter(program -> isVisibleTo(program, actor)).toList());
    }

    /** The program's latest changes, for its managers. */
    public List<AuditEntry> auditTrail(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            actor.requireProgramManager(programs.get(programId));
            return auditLog.listByProgram(programId, AUDIT_TRAIL_LIMIT);
        });
    }

    private static boolean isVisibleTo(Program program, Actor actor) {
        return program.status() != ProgramStatus.DRAFT || actor.managesProgram(program);
    }

    /** Loads the program, lets only its managers change it, stores and audits the change (a status change with its from and to). */
    private Program changeAsManager(Id<Program> programId, UnaryOperator<Program> change, AuditAction action) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            Program changed = change.apply(program);
            programs.update(changed);
            auditor.record(actor, action, programId, AuditSubject.Type.PROGRAM, programId, statusChange(program, changed));
            return changed;
        });
    }

    private static String statusChange(Program before, Program after) {
        return before.status() == after.status() ? null : before.status() + " -> " + after.status();
    }
}
