package org.mentorhub.adapter.rest;

import java.time.LocalDate;
import org.mentorhub.domain.DateRange;

/** Days from {@code start} to {@code end}, both included, as ISO-8601 dates; used in requests and responses. */
public record DateRangeDto(LocalDate start, LocalDate end) {

    public static DateRangeDto from(DateRange range) {
        return new DateRangeDto(range.start(), range.end());
    }

    /** The domain range; its own checks report a missing or reversed end as a field error. */
    public DateRange toDomain() {
        return new DateRange(start, end);
    }
}
