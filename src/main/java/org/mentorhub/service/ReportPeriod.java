package org.mentorhub.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.mentorhub.domain.FieldErrors;

/**
 * The days a report covers, {@code from} and {@code to} both included: one day at least, {@link #MAX_DAYS} at most,
 * so that a report (and its weekly trend) stays small.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;
    private static final int WEEK = 7;

    public ReportPeriod {
        FieldErrors.builder()
                .required("from", from)
                .required("to", to)
                .optionalDate("from", from)
                .optionalDate("to", to)
                .check(from == null || to == null || !to.isBefore(from), "to", "mentorhub.validation.endBeforeStart")
                .check(from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "mentorhub.report.periodTooLong", MAX_DAYS)
                .throwIfAny();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first instant of {@code from} in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in {@code zone}: the end of a half-open range. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first day of each week of the period, counted from {@code from}; the last week may be shorter. */
    public List<LocalDate> weekStarts() {
        return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(WEEK)).toList();
    }
}
