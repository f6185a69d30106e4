package org.mentorhub.service.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PrivateNote;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.SessionStore;

final class InMemorySessionStore implements SessionStore {
    private final InMemoryTable<Id<Session>, Session> sessions;
    /** The held check-ins, as the callers said when inserting them. */
    private final InMemoryTable<Id<Session>, Session> held;
    private final InMemoryTable<SessionAuthor, PrivateNote> notes;

    InMemorySessionStore(InMemoryTransactions transactions) {
        sessions = new InMemoryTable<>(transactions);
        held = new InMemoryTable<>(transactions);
        notes = new InMemoryTable<>(transactions);
    }

    @Override
    public void insert(Session session, boolean heldCheckIn) {
        sessions.insert(session.id(), session, () -> new IllegalStateException("duplicate session id"));
        if (heldCheckIn) {
            held.insert(session.id(), session, () -> new IllegalStateException("duplicate session id"));
        }
    }

    @Override
    public List<Session> listByPairing(Id<Pairing> pairingId) {
        return sessions.rows()
                .filter(s -> s.pairingId().equals(pairingId))
                .sorted(Comparator.comparing(Session::startsAt))
                .toList();
    }

    @Override
    public int countHeldCheckIns(Id<Program> programId, Instant from, Instant to) {
        return (int) held.rows()
                .filter(s -> s.programId().equals(programId) && !s.startsAt().isBefore(from) && s.startsAt().isBefore(to))
                .count();
    }

    @Override
    public Map<Id<Pairing>, Instant> lastHeldCheckIns(Collection<Id<Pairing>> pairingIds, Instant before) {
        return held.rows()
                .filter(s -> pairingIds.contains(s.pairingId()) && s.startsAt().isBefore(before))
                .collect(Collectors.toMap(Session::pairingId, Session::startsAt, (a, b) -> a.isAfter(b) ? a : b));
    }

    @Override
    public void saveNote(PrivateNote note) {
        notes.save(new SessionAuthor(note.sessionId(), note.author()), note);
    }

    @Override
    public List<PrivateNote> notesBy(Id<Pairing> pairingId, UserKey author) {
        Set<Id<Session>> ofPairing = listByPairing(pairingId).stream().map(Session::id).collect(Collectors.toSet());
        return notes.rows().filter(n -> n.author().equals(author) && ofPairing.contains(n.sessionId())).toList();
    }

    private record SessionAuthor(Id<Session> sessionId, UserKey author) {
    }
}
