package org.mentorhub.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorhub.domain.AuditAction;
import org.mentorhub.domain.AuditSubject;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.PrivateNote;
import org.mentorhub.domain.Session;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.Locks;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.service.ProgressRecount.Written;

/** Check-ins of an active pair; private notes are read back only by their author. */
public class SessionService {
    private final ProgramStore programs;
    private final PairingStore pairings;
    private final SessionStore sessions;
    private final Access access;
    private final Auditor auditor;
    private final Transactions transactions;
    private final ProgressRecount recount;
    private final Clock clock;

    public SessionService(ProgramStore programs, PairingStore pairings, GoalStore goals, SessionStore sessions, Access access,
                          Auditor auditor, Transactions transactions, Locks locks, Clock clock) {
        this.programs = programs;
        this.pairings = pairings;
        this.sessions = sessions;
        this.access = access;
        this.auditor = auditor;
        this.transactions = transactions;
        this.recount = new ProgressRecount(pairings, goals, sessions, transactions, locks);
        this.clock = clock;
    }

    public SessionView log(Id<Pairing> pairingId, SessionForm form) {
        Actor actor = access.caller();
        return recount.writing(pairingId, () -> {
            Pairing pairing = pairings.get(pairingId);
            actor.requirePairMember(pairing);
            pairing.requireStatus(PairingStatus.ACTIVE);
            FieldErrors.builder()
                    .check(pairing.members().containsAll(form.attendance().keySet()), "attendance", "mentorhub.session.notAMember")
                    .optionalInstant("startsAt", form.startsAt())
                    .throwIfAny();
            Session session = new Session(Id.random(), pairingId, pairing.programId(), form.startsAt(), form.length(), form.agenda(),
                    form.sharedNotes(), form.attendance(), actor.user(), clock.instant());
            sessions.insert(session, session.isHeldCheckInOf(pairing));
            String privateNote = form.privateNote() == null || form.privateNote().isBlank() ? null : form.privateNote();
            if (privateNote != null) {
                sessions.saveNote(new PrivateNote(session.id(), actor.user(), privateNote, clock.instant()));
            }
            auditor.record(actor, AuditAction.SESSION_LOGGED, pairing.programId(), AuditSubject.Type.SESSION, session.id());
            return new Written<>(pairing, new SessionView(session, privateNote));
        });
    }

    /** The pair reads its sessions with the reader's own notes; program managers read only when and who. */
    public List<SessionView> list(Id<Pairing> pairingId) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Pairing pairing = pairings.get(pairingId);
            actor.requirePairMemberOrProgramManager(pairing, programs.get(pairing.programId()));
            List<Session> logged = sessions.listByPairing(pairingId);
            if (!actor.isPairMember(pairing)) {
                return logged.stream().map(session -> new SessionView(session.withoutContent(), null)).toList();
            }
            Map<Id<Session>, String> ownNotes = sessions.notesBy(pairingId, actor.user()).stream()
                    .collect(Collectors.toMap(PrivateNote::sessionId, PrivateNote::text));
            return logged.stream().map(session -> new SessionView(session, ownNotes.get(session.id()))).toList();
        });
    }
}
