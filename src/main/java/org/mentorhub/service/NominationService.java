package org.mentorhub.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.NominationStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.Users;

/**
 * Nominating people into a program. Only the nominee's direct manager or a program manager nominates;
 * only the nominee accepts or declines, and accepting is their consent and enrollment.
 */
public class NominationService {
    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final NominationStore nominations;
    private final ParticipantEnroller enroller;
    private final Users users;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Clock clock;

    public NominationService(ProgramStore programs, ParticipantStore participants, NominationStore nominations, ParticipantEnroller enroller,
                             Users users, Access access, Auditor auditor, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.nominations = nominations;
        this.enroller = enroller;
        this.users = users;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Nomination nominate(Id<Program> programId, UserKey nominee, ParticipantRole role, String reason) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.require(actor.managesProgram(program) || users.isDirectManager(actor.user(), nominee));
            program.requireOpen();
            if (program.status() == ProgramStatus.DRAFT) {
                // A draft is visible to its managers only: its nominee could neither see it nor answer.
                throw new ConflictException("mentorhub.nomination.programDraft");
            }
            if (!users.exists(nominee)) {
                throw new NotFoundException("mentorhub.user.notFound", nominee);
            }
            boolean alreadyInRole = participants.find(programId, nominee).filter(p -> p.isActive() && p.hasRole(role)).isPresent();
            if (alreadyInRole) {
                throw new ConflictException("mentorhub.nomination.alreadyParticipant", nominee);
            }
            if (nominations.findPending(programId, nominee).isPresent()) {
                throw new ConflictException("mentorhub.nomination.alreadyPending", nominee);
            }
            Nomination nomination = Nomination.pending(programId, nominee, actor.user(), role, reason, clock.instant());
            nominations.insert(nomination);
            auditor.record(actor, AuditAction.NOMINATION_CREATED, programId, AuditSubject.Type.NOMINATION, nomination.id(), role + " " + nominee);
            return nomination;
        });
    }

    /** The nominee accepts: consent and profile as for enrolling, plus the nominated role, even after the enrollment window. */
    public Participant accept(Id<Nomination> nominationId, EnrollmentForm form) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Nomination nomination = nominations.get(nominationId);
            actor.require(nomination.nominee().equals(actor.user()));
            Program program = programs.get(nomination.programId());
            program.requireOpen();
            decide(actor, nomination, NominationStatus.ACCEPTED, AuditAction.NOMINATION_ACCEPTED);
            Set<ParticipantRole> roles = EnumSet.of(nomination.role());
            roles.addAll(form.roles());
            return enroller.enroll(actor, program, roles, form);
        });
    }

    public Nomination decline(Id<Nomination> nominationId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Nomination nomination = nominations.get(nominationId);
            actor.require(nomination.nominee().equals(actor.user()));
            return decide(actor, nomination, NominationStatus.DECLINED, AuditAction.NOMINATION_DECLINED);
        });
    }

    /** The nominator takes the nomination back; a program manager may too. */
    public Nomination withdraw(Id<Nomination> nominationId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Nomination nomination = nominations.get(nominationId);
            actor.require(nomination.nominator().equals(actor.user()) || actor.managesProgram(programs.get(nomination.programId())));
            return decide(actor, nomination, NominationStatus.WITHDRAWN, AuditAction.NOMINATION_WITHDRAWN);
        });
    }

    public List<Nomination> listForProgram(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            actor.requireProgramManager(programs.get(programId));
            return nominations.listByProgram(programId);
        });
    }

    /**
     * The nominations the caller has to do with, newest first within each program: those for them, those they made,
     * and every one in a program they manage. Reads the nominations program by program (programs are few).
     */
    public List<Nomination> listInvolvingCaller() {
        Actor actor = access.caller();
        return transactions.call(() -> programs.list().stream()
                .flatMap(program -> nominations.listByProgram(program.id()).stream()
                        .filter(n -> actor.managesProgram(program) || n.nominee().equals(actor.user())
                                || n.nominator().equals(actor.user())))
                .toList());
    }

    private Nomination decide(Actor actor, Nomination nomination, NominationStatus outcome, AuditAction action) {
        Nomination decided = nomination.decided(outcome, clock.instant());
        nominations.update(decided);
        auditor.record(actor, action, nomination.programId(), AuditSubject.Type.NOMINATION, nomination.id());
        return decided;
    }
}
