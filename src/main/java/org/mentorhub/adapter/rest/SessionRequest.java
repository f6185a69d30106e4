package org.mentorhub.adapter.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.UserKey;
import org.mentorhub.service.SessionForm;

/**
 * The body of logging a check-in. {@code privateNote} is the caller's own and is only ever shown to them;
 * {@code attendance} is keyed by the pair members' user keys.
 */
public record SessionRequest(Instant startsAt, Duration length, String agenda, String sharedNotes,
                             String privateNote, Map<String, Attendance> attendance) {

    public SessionForm toForm() {
        Map<UserKey, Attendance> byMember = attendance == null ? null : attendance.entrySet().stream()
                .collect(Collectors.toMap(entry -> MentorRequestForm.userKey("attendance", entry.getKey()),
                        Map.Entry::getValue));
        return new SessionForm(startsAt, length, agenda, sharedNotes, privateNote, byMember);
    }
}
