package org.mentorhub.adapter.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.Session;
import org.mentorhub.service.SessionView;

/**
 * A check-in as the caller may see it: the service has already left out agenda and notes for program managers,
 * and {@code privateNote} is the caller's own note or absent, never anyone else's.
 */
public record SessionDto(String id, String pairingId, Instant startsAt, Duration length, String agenda,
                         String sharedNotes, Map<String, Attendance> attendance, String loggedBy, Instant loggedAt,
                         String privateNote) {

    public static SessionDto from(SessionView view) {
        Session session = view.session();
        Map<String, Attendance> attendance = new TreeMap<>();
        session.attendance().forEach((member, attended) -> attendance.put(member.value(), attended));
        return new SessionDto(session.id().toString(), session.pairingId().toString(), session.startsAt(),
                session.length(), session.agenda(), session.sharedNotes(), attendance, session.loggedBy().value(),
                session.loggedAt(), view.privateNote());
    }
}
