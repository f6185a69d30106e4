package org.mentorhub.domain;

import java.time.LocalDate;

/** Days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        FieldErrors.builder()
                .required("start", start)
                .required("end", end)
                .check(start == null || end == null || !end.isBefore(start), "end", "mentorhub.validation.endBeforeStart")
                .throwIfAny();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
