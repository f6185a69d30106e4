package org.mentorhub.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.UserKey;

/**
 * A check-in as a pair member logs it.
 *
 * @param privateNote the logging member's own note; {@code null} for none
 * @param attendance  per pair member; others are rejected
 */
public record SessionForm(Instant startsAt, Duration length, String agenda, String sharedNotes, String privateNote,
                          Map<UserKey, Attendance> attendance) {
    public SessionForm {
        attendance = attendance == null ? Map.of() : Map.copyOf(attendance);
    }
}
