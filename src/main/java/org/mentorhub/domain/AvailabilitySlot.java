package org.mentorhub.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly time window, in the participant's own time zone, when they can meet. */
public record AvailabilitySlot(DayOfWeek day, LocalTime start, LocalTime end) {
    public AvailabilitySlot {
        FieldErrors.builder()
                .required("availability.day", day)
                .required("availability.start", start)
                .required("availability.end", end)
                .check(start == null || end == null || start.isBefore(end), "availability.end", "mentorhub.validation.endBeforeStart")
                .throwIfAny();
    }
}
