package org.mentorhub.port;

import java.time.Instant;
import java.util.List;
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

    void insert(Session session);

    /** The pairing's sessions with their attendance, by start time. */
    List<Session> listByPairing(Id<Pairing> pairingId);

    /**
     * The program's sessions starting from {@code from} (inclusive) to {@code to} (exclusive), by start time, with
     * their attendance but without agenda and shared notes (as {@link Session#withoutContent()}): program reports
     * count who met when, never what was said, and need not load the texts.
     */
    List<Session> listByProgram(Id<Program> programId, Instant from, Instant to);

    /** Stores the note, replacing the author's earlier note on the same session. */
    void saveNote(PrivateNote note);

    /** The notes {@code author} wrote on the pairing's sessions, nobody else's. */
    List<PrivateNote> notesBy(Id<Pairing> pairingId, UserKey author);
}
