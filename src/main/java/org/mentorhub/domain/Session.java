package org.mentorhub.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A check-in of a pair: when, for how long, the agenda and the notes the pair shares, and who came.
 * Private notes live apart, in {@link PrivateNote}, so that no read of sessions can leak them.
 *
 * @param programId  the pairing's program, kept here so program reports read sessions in one query
 * @param attendance per pair member; members not listed are not yet recorded
 */
public record Session(
        Id<Session> id,
        Id<Pairing> pairingId,
        Id<Program> programId,
        Instant startsAt,
        Duration length,
        String agenda,
        String sharedNotes,
        Map<UserKey, Attendance> attendance,
        UserKey loggedBy,
        Instant loggedAt) {

    public static final Duration MAX_LENGTH = Duration.ofHours(8);

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
        attendance = Copies.map(attendance);
        FieldErrors.builder()
                .required("startsAt", startsAt)
                .check(length != null && length.toMinutes() >= 1 && length.compareTo(MAX_LENGTH) <= 0,
                        "length", "mentorhub.session.length", MAX_LENGTH.toHours())
                .optionalText("agenda", agenda, 4000)
                .optionalText("sharedNotes", sharedNotes, 20000)
                .throwIfAny();
    }

    public boolean attended(UserKey member) {
        return attendance.get(member) == Attendance.ATTENDED;
    }

    /** A check-in counts as held once a mentee of the pair attended it; a mentor alone waiting does not. */
    public boolean isHeldCheckInOf(Pairing pairing) {
        return pairing.id().equals(pairingId) && pairing.mentees().stream().anyMatch(this::attended);
    }

    /** The session as seen from outside the pair (by a program manager): when, how long and who came, nothing said. */
    public Session withoutContent() {
        return new Session(id, pairingId, programId, startsAt, length, null, null, attendance, loggedBy, loggedAt);
    }
}
