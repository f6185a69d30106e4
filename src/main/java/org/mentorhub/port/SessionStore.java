package org.mentorhub.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PrivateNote;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.UserKey;

/**
 * Check-in sessions and their private notes. Notes are read only by author, so that no query that
 * lists sessions can carry someone else's private note.
 */
public interface SessionStore {

    /**
     * @param heldCheckIn whether the session is a held check-in of its pairing ({@link Session#isHeldCheckInOf}), which
     *                    {@link #countHeldCheckIns} counts: decided by the domain, stored for reports
     */
    void insert(Session session, boolean heldCheckIn);

    /** The pairing's sessions with their attendance, by start time. */
    List<Session> listByPairing(Id<Pairing> pairingId);

    /** How many held check-ins of the program started from {@code from} (inclusive) to {@code to} (exclusive): counted by the store. */
    int countHeldCheckIns(Id<Program> programId, Instant from, Instant to);

    /**
     * When the latest held check-in before {@code before} of each of these pairings started; pairings without one are
     * absent. For the few pairings a report cannot take from their stored progress, not a whole program.
     */
    Map<Id<Pairing>, Instant> lastHeldCheckIns(Collection<Id<Pairing>> pairingIds, Instant before);

    /** Stores the note, replacing the author's earlier note on the same session. */
    void saveNote(PrivateNote note);

    /** The notes {@code author} wrote on the pairing's sessions, nobody else's. */
    List<PrivateNote> notesBy(Id<Pairing> pairingId, UserKey author);
}
