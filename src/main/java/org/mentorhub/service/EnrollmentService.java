package org.mentorhub.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MentorLoad;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Locks;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.Transactions;

/** Joining a program with consent, keeping one's profile current, leaving, and seeing other participants. */
public class EnrollmentService {
    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final ParticipantEnroller enroller;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final Locks locks;
    private final Clock clock;

    public EnrollmentService(ProgramStore programs, ParticipantStore participants, PairingStore pairings, ParticipantEnroller enroller,
                             Access access, Auditor auditor, Transactions transactions, Locks locks, Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.pairings = pairings;
        this.enroller = enroller;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    /** Any signed-in user enrolls themself (opts in) while the program takes enrollments. */
    public Participant enroll(Id<Program> programId, EnrollmentForm form) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            program.requireAcceptsEnrollment(LocalDate.now(clock));
            return enroller.enroll(actor, program, form.roles(), form);
        });
    }

    /**
     * A participant changes their own profile. A mentor cannot lower their capacity below the mentees
     * they already have; the change holds the pairing-places lock so it cannot race an acceptance.
     */
    public Participant updateProfile(Id<Program> programId, Profile profile) {
        Actor actor = access.caller();
        return locks.withLock(LockNames.pairingPlaces(programId), () -> transactions.call(() -> {
            Program program = programs.get(programId);
            program.requireOpen();
            Participant participant = ownActiveParticipant(actor, programId);
            Participant updated = participant.withProfile(enroller.withDirectoryManager(actor.user(), profile));
            if (updated.isMentor()) {
                MentorLoad load = MentorLoad.of(updated, pairings.listInvolving(programId, List.of(actor.user())));
                if (load.taken() > load.capacity()) {
                    throw new ConflictException("mentorhub.participant.capacityBelowLoad", load.taken());
                }
            }
            participants.update(updated);
            auditor.record(actor, AuditAction.PROFILE_UPDATED, programId, AuditSubject.Type.PARTICIPANT, updated.id());
            return updated;
        }));
    }

    /** A participant withdraws their consent; pairings still open must be ended or declined first. */
    public Participant optOut(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Participant participant = ownActiveParticipant(actor, programId);
            boolean hasOpenPairing = pairings.listInvolving(programId, List.of(actor.user())).stream()
                    .map(Pairing::status)
                    .anyMatch(status -> !status.isFinal());
            if (hasOpenPairing) {
                throw new ConflictException("mentorhub.participant.hasOpenPairings");
            }
            Participant optedOut = participant.optedOut(clock.instant());
            participants.update(optedOut);
            auditor.record(actor, AuditAction.PARTICIPANT_OPTED_OUT, programId, AuditSubject.Type.PARTICIPANT, optedOut.id());
            return optedOut;
        });
    }

    /**
     * A participant as the caller may see them: themself, the program's managers, and fellow active
     * participants (who choose mentors and meet their pair). Demographics are shown to nobody else.
     */
    public Participant view(Id<Program> programId, UserKey user) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            boolean fellowParticipant = participants.find(programId, actor.user()).filter(Participant::isActive).isPresent();
            actor.require(actor.user().equals(user) || actor.managesProgram(program) || fellowParticipant);
            return participants.get(programId, user).asSeenBy(actor.user());
        });
    }

    /** The program's participants, for its managers; demographics stay with their owner. */
    public List<Participant> listForProgram(Id<Program> programId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            actor.requireProgramManager(programs.get(programId));
            return participants.listByProgram(programId).stream()
                    .map(participant -> participant.asSeenBy(actor.user()))
                    .toList();
        });
    }

    /** Self-service needs the caller to take part; anyone else is turned away as not allowed. */
    private Participant ownActiveParticipant(Actor actor, Id<Program> programId) {
        Participant participant = participants.find(programId, actor.user())
                .orElseThrow(() -> new ForbiddenException("mentorhub.auth.notAParticipant"));
        if (!participant.isActive()) {
            throw new ConflictException("mentorhub.participant.optedOut");
        }
        return participant;
    }
}
