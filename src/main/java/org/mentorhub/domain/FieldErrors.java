package org.mentorhub.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The field errors of one input. Built with {@link #builder()}, whose checks each add an error instead of
 * throwing, so a form gets all its problems in one answer.
 */
public final class FieldErrors {
    /**
     * The days MentorHub accepts: four-digit years, so that dates keep their ISO text form and moments their epoch
     * milliseconds in every database, and nobody types a plan for the year 10000 by accident.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** Durations and cadences longer than this are typing mistakes (and would overflow end dates). */
    public static final int MAX_PERIOD_YEARS = 10;

    private final List<FieldError> errors;

    private FieldErrors(List<FieldError> errors) {
        this.errors = List.copyOf(errors);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<FieldError> all() {
        return errors;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The message keys reported for one field, in the order found. */
    public List<String> keysFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::messageKey).toList();
    }

    @Override
    public String toString() {
        return errors.toString();
    }

    /** Collects errors; {@link #throwIfAny()} ends the check. */
    public static final class Builder {
        private final List<FieldError> errors = new ArrayList<>();

        private Builder() {
        }

        public Builder add(String field, String messageKey, Object... messageArgs) {
            errors.add(new FieldError(field, messageKey, List.of(messageArgs)));
            return this;
        }

        /** Adds the error unless {@code valid}. */
        public Builder check(boolean valid, String field, String messageKey, Object... messageArgs) {
            return valid ? this : add(field, messageKey, messageArgs);
        }

        public Builder required(String field, Object value) {
            return check(value != null, field, "mentorhub.validation.required");
        }

        /** Non-blank text of at most {@code maxLength} characters. */
        public Builder requireText(String field, String value, int maxLength) {
            if (value == null || value.isBlank()) {
                return add(field, "mentorhub.validation.required");
            }
            return optionalText(field, value, maxLength);
        }

        /** Text that may be absent, but not longer than {@code maxLength} characters. */
        public Builder optionalText(String field, String value, int maxLength) {
            return check(value == null || value.length() <= maxLength, field, "mentorhub.validation.tooLong", maxLength);
        }

        /** Absent, or matching the whole pattern; skipped when the field is already reported. */
        public Builder requirePattern(String field, String value, Pattern pattern) {
            boolean reported = errors.stream().anyMatch(e -> e.field().equals(field));
            return check(reported || value == null || pattern.matcher(value).matches(), field, "mentorhub.validation.format");
        }

        /** A period that is present and longer than zero, e.g. a duration or cadence. */
        public Builder requirePositive(String field, Period value) {
            return check(value != null && !value.isNegative() && !value.isZero(), field, "mentorhub.validation.positivePeriod");
        }

        /**
         * Absent, or at most {@link #MAX_PERIOD_YEARS} years. An input rule, checked where people enter periods, not when
         * stored records are read: records saved before the rule existed must still load.
         */
        public Builder maxPeriod(String field, Period value) {
            long roughDays = value == null ? 0 : value.getYears() * 365L + value.getMonths() * 30L + value.getDays();
            return check(roughDays <= MAX_PERIOD_YEARS * 366L, field, "mentorhub.validation.periodTooLong", MAX_PERIOD_YEARS);
        }

        /** Absent, or a day with a four-digit year from {@link #FIRST_DAY} to {@link #LAST_DAY}; an input rule like {@link #maxPeriod}. */
        public Builder optionalDate(String field, LocalDate value) {
            return check(value == null || !value.isBefore(FIRST_DAY) && !value.isAfter(LAST_DAY), field,
                    "mentorhub.validation.dateRange", FIRST_DAY.toString(), LAST_DAY.toString());
        }

        /** Absent, or a moment on a day {@link #optionalDate} accepts (in UTC). */
        public Builder optionalInstant(String field, Instant value) {
            boolean within = value == null || !value.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                    && value.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            return check(within, field, "mentorhub.validation.dateRange", FIRST_DAY.toString(), LAST_DAY.toString());
        }

        public Builder range(String field, int value, int min, int max) {
            return check(value >= min && value <= max, field, "mentorhub.validation.range", min, max);
        }

        /** Absent, or within {@code min..max}. */
        public Builder optionalRange(String field, Integer value, int min, int max) {
            return value == null ? this : range(field, value, min, max);
        }

        public Builder maxSize(String field, Collection<?> values, int max) {
            return check(values.size() <= max, field, "mentorhub.validation.tooMany", max);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(new FieldErrors(errors));
            }
        }
    }
}
