package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.composite;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.instant;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.millis;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PrivateNote;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.SessionStore;

/**
 * Sessions in {@link AoCheckIn} rows with {@link AoAttendance} rows; private notes in {@link AoPrivateNote} rows,
 * which only {@link #notesBy} reads.
 */
@Named
public class AoSessionStore implements SessionStore {
    private final ActiveObjects ao;

    @Inject
    public AoSessionStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insert(Session session, boolean heldCheckIn) {
        ao.executeInTransaction(() -> {
            ao.create(AoCheckIn.class, new Row()
                .set(Identified.UUID, uuid(session.id()))
                .set(InPairing.PAIRING_UUID, uuid(session.pairingId()))
                .set(InProgram.PROGRAM_UUID, uuid(session.programId()))
                .set(AoCheckIn.STARTS_AT, millis(session.startsAt()))
                .set(AoCheckIn.LENGTH_SECONDS, session.length().toSeconds())
                .set(AoCheckIn.AGENDA, session.agenda())
                .set(AoCheckIn.SHARED_NOTES, session.sharedNotes())
                .set(AoCheckIn.LOGGED_BY, key(session.loggedBy()))
                .set(AoCheckIn.LOGGED_AT, millis(session.loggedAt()))
                .set(AoCheckIn.HELD, heldCheckIn)
                .values());
            session.attendance().forEach((member, attendance) -> ao.create(AoAttendance.class, new Row()
                .set(InCheckIn.CHECK_IN_UUID, uuid(session.id()))
                .set(InPairing.PAIRING_UUID, uuid(session.pairingId()))
                .set(AoAttendance.MEMBER_KEY, key(member))
                .set(AoAttendance.STATUS, name(attendance))
                .values()));
            return null;
        });
    }

    /** Two queries: the sessions and the attendance of all of them. */
    @Override
    public List<Session> listByPairing(Id<Pairing> pairingId) {
        String ofPairing = InPairing.PAIRING_UUID + " = ?";
        Map<String, Map<UserKey, Attendance>> attendance =
            attendance(ao.find(AoAttendance.class, Query.select().where(ofPairing, uuid(pairingId))));
        return Arrays.stream(ao.find(AoCheckIn.class, Query.select().where(ofPairing, uuid(pairingId))
                .order(AoCheckIn.STARTS_AT + ", ID")))
            .map(row -> session(row, attendance))
            .toList();
    }

    /** One COUNT, by the index on program and start. */
    @Override
    public int countHeldCheckIns(Id<Program> programId, Instant from, Instant to) {
        return ao.count(AoCheckIn.class, Query.select().where(InProgram.PROGRAM_UUID + " = ? AND " + AoCheckIn.STARTS_AT + " >= ? AND "
            + AoCheckIn.STARTS_AT + " < ? AND " + AoCheckIn.HELD + " = ?", uuid(programId), millis(from), millis(to), true));
    }

    /** One query per {@value InList#BATCH} pairings, over the pairing and start alone. */
    @Override
    public Map<Id<Pairing>, Instant> lastHeldCheckIns(Collection<Id<Pairing>> pairingIds, Instant before) {
        Map<Id<Pairing>, Instant> last = new HashMap<>();
        for (List<String> batch : InList.batches(pairingIds.stream().map(Columns::uuid).toList())) {
            List<Object> parameters = new ArrayList<>(batch);
            parameters.add(millis(before));
            parameters.add(true);
            ao.stream(AoCheckIn.class, Query.select(String.join(", ", "ID", InPairing.PAIRING_UUID, AoCheckIn.STARTS_AT))
                    .where(InList.in(InPairing.PAIRING_UUID, batch) + " AND " + AoCheckIn.STARTS_AT + " < ? AND " + AoCheckIn.HELD + " = ?",
                        parameters.toArray()),
                row -> last.merge(id(row.getPairingUuid()), instant(row.getStartsAt()), (a, b) -> a.isAfter(b) ? a : b));
        }
        return last;
    }

    private static Map<String, Map<UserKey, Attendance>> attendance(AoAttendance[] rows) {
        Map<String, Map<UserKey, Attendance>> bySession = new HashMap<>();
        for (AoAttendance row : rows) {
            bySession.computeIfAbsent(row.getCheckInUuid(), session -> new HashMap<>())
                .put(user(row.getMemberKey()), enumValue(Attendance.class, row.getStatus()));
        }
        return bySession;
    }

    private static Session session(AoCheckIn row, Map<String, Map<UserKey, Attendance>> attendance) {
        return new Session(id(row.getUuid()), id(row.getPairingUuid()), id(row.getProgramUuid()), instant(row.getStartsAt()),
            Duration.ofSeconds(row.getLengthSeconds()), row.getAgenda(), row.getSharedNotes(), attendance.getOrDefault(row.getUuid(), Map.of()),
            user(row.getLoggedBy()), instant(row.getLoggedAt()));
    }

    @Override
    public void saveNote(PrivateNote note) {
        String checkInAuthor = composite(uuid(note.sessionId()), key(note.author()));
        Row columns = new Row()
            .set(InCheckIn.CHECK_IN_UUID, uuid(note.sessionId()))
            .set(AoPrivateNote.AUTHOR_KEY, key(note.author()))
            .set(AoPrivateNote.CHECK_IN_AUTHOR, checkInAuthor)
            .set(AoPrivateNote.NOTE_TEXT, note.text())
            .set(AoPrivateNote.WRITTEN_AT, millis(note.writtenAt()));
        ao.executeInTransaction(() -> {
            Optional<AoPrivateNote> earlier = Arrays.stream(ao.find(AoPrivateNote.class,
                Query.select().where(AoPrivateNote.CHECK_IN_AUTHOR + " = ?", checkInAuthor))).findFirst();
            if (earlier.isPresent()) {
                columns.writeTo(earlier.get());
            } else {
                DuplicateKeys.insertOnce(() -> ao.create(AoPrivateNote.class, columns.values()),
                    () -> new ConflictException(AoMessages.CONCURRENT_CHANGE));
            }
            return null;
        });
    }

    /** One query, through the sessions: the author's notes on the pairing's sessions. */
    @Override
    public List<PrivateNote> notesBy(Id<Pairing> pairingId, UserKey author) {
        return Arrays.stream(ao.find(AoPrivateNote.class, Query.select()
                .alias(AoPrivateNote.class, "n")
                .alias(AoCheckIn.class, "c")
                .join(AoCheckIn.class, "n." + InCheckIn.CHECK_IN_UUID + " = c." + Identified.UUID)
                .where("c." + InPairing.PAIRING_UUID + " = ? AND n." + AoPrivateNote.AUTHOR_KEY + " = ?", uuid(pairingId), key(author))
                .order("n.ID")))
            .map(row -> new PrivateNote(id(row.getCheckInUuid()), user(row.getAuthorKey()), row.getNoteText(), instant(row.getWrittenAt())))
            .toList();
    }
}
