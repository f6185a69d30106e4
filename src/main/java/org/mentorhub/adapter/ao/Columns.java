package org.mentorhub.adapter.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.UserKey;

/**
 * How domain values are written to columns and read back, in one place so that every store encodes a value the
 * same way. The writers accept {@code null} for an absent value and the readers return {@code null} for an empty
 * column. Empty collections are written as empty columns rather than empty text, which Oracle would turn into
 * {@code NULL} anyway.
 *
 * <ul>
 *   <li>Instants are epoch milliseconds ({@code BIGINT}): exact, sortable and free of the time-zone handling of
 *       {@code TIMESTAMP} columns, which differs between databases and JDBC drivers. Sub-millisecond precision is
 *       dropped.</li>
 *   <li>Dates are ISO text ({@code 2025-03-01}), which sorts chronologically, for the same reason.</li>
 *   <li>Small value collections that are always read and written whole (roles, consent scopes, weights, ratings,
 *       languages, availability) are encoded text; anything people search by has rows of its own.</li>
 * </ul>
 */
final class Columns {
    static final int UUID_LENGTH = 36;
    static final int DATE_LENGTH = 10;
    /** A domain id, a separator and a user key of up to 255 characters, plus room for a short qualifier. */
    static final int COMPOSITE_KEY_LENGTH = 300;
    /** A SHA-256 digest in hexadecimal. */
    static final int DIGEST_LENGTH = 64;

    private static final String LIST_SEPARATOR = ",";
    private static final char LINE = '\n';
    private static final int ISO_DATE_LENGTH = 10;
    private static final char ESCAPE = '\\';

    private Columns() {
    }

    static String uuid(Id<?> id) {
        return id.value().toString();
    }

    static <T> Id<T> id(String uuid) {
        return new Id<>(UUID.fromString(uuid));
    }

    /** Several parts joined into one value for a unique column; the first parts are fixed-length ids. */
    static String composite(String... parts) {
        return String.join("/", parts);
    }

    /** A fixed-length stand-in for a unique value that may be longer than a unique index takes. */
    static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String key(UserKey user) {
        return user == null ? null : user.value();
    }

    static UserKey user(String key) {
        return key == null ? null : new UserKey(key);
    }

    static String issue(IssueKey issue) {
        return issue == null ? null : issue.value();
    }

    static IssueKey issueKey(String key) {
        return key == null ? null : new IssueKey(key);
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Reads what {@link #date(LocalDate)} wrote; the common yyyy-MM-dd without a formatter, as reports read thousands. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == ISO_DATE_LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    static String period(Period period) {
        return period == null ? null : period.toString();
    }

    /** Reads what {@link #period(Period)} wrote; its usual "P14D" or "P1M" forms without a regular expression. */
    static Period period(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() >= 3 && text.length() <= 11 && text.charAt(0) == 'P') {
            int amount = digits(text, 1, text.length() - 1);
            if (amount >= 0) {
                switch (text.charAt(text.length() - 1)) {
                    case 'D' -> {
                        return Period.ofDays(amount);
                    }
                    case 'M' -> {
                        return Period.ofMonths(amount);
                    }
                    case 'Y' -> {
                        return Period.ofYears(amount);
                    }
                    default -> {
                        // any other form is Period.parse's
                    }
                }
            }
        }
        return Period.parse(text);
    }

    /** The decimal number in {@code text} from {@code start} to {@code end}, or -1 if anything there is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** {@code MENTOR,MENTEE}: names in declaration order; an empty set is an empty column. */
    static <E extends Enum<E>> String names(Set<E> values) {
        return values.isEmpty() ? null : values.stream().sorted().map(Enum::name).collect(Collectors.joining(LIST_SEPARATOR));
    }

    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String names) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (names != null && !names.isEmpty()) {
            for (String name : names.split(LIST_SEPARATOR)) {
                values.add(Enum.valueOf(type, name));
            }
        }
        return values;
    }

    /** {@code SKILLS=10,DIVERSITY=2}: numbers by enum constant, in declaration order; an empty map is an empty column. */
    static <E extends Enum<E>> String numbers(Map<E, Integer> values) {
        return values.isEmpty() ? null : values.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> entry.getKey().name() + "=" + entry.getValue())
            .collect(Collectors.joining(LIST_SEPARATOR));
    }

    static <E extends Enum<E>> Map<E, Integer> enumMap(Class<E> type, String numbers) {
        Map<E, Integer> values = new EnumMap<>(type);
        if (numbers != null && !numbers.isEmpty()) {
            for (String entry : numbers.split(LIST_SEPARATOR)) {
                int equals = entry.indexOf('=');
                values.put(Enum.valueOf(type, entry.substring(0, equals)), Integer.parseInt(entry.substring(equals + 1)));
            }
        }
        return values;
    }

    /**
     * Texts one per line, with line breaks and backslashes inside a text escaped, so any text survives; an empty
     * list is an empty column.
     */
    static String lines(Collection<String> texts) {
        if (texts.isEmpty()) {
            return null;
        }
        StringBuilder encoded = new StringBuilder();
        for (String text : texts) {
            if (encoded.length() > 0) {
                encoded.append(LINE);
            }
            for (char c : text.toCharArray()) {
                switch (c) {
                    case ESCAPE -> encoded.append(ESCAPE).append(ESCAPE);
                    case LINE -> encoded.append(ESCAPE).append('n');
                    default -> encoded.append(c);
                }
            }
        }
        return encoded.toString();
    }

    static List<String> lines(String encoded) {
        List<String> texts = new ArrayList<>();
        if (encoded == null) {
            return texts;
        }
        if (encoded.indexOf(ESCAPE) < 0) {
            // Nothing escaped, as almost always: split at the line breaks alone.
            int start = 0;
            for (int end = encoded.indexOf(LINE); end >= 0; end = encoded.indexOf(LINE, start)) {
                texts.add(encoded.substring(start, end));
                start = end + 1;
            }
            texts.add(encoded.substring(start));
            return texts;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == ESCAPE) {
                i++;
                text.append(encoded.charAt(i) == 'n' ? LINE : encoded.charAt(i));
            } else if (c == LINE) {
                texts.add(text.toString());
                text.setLength(0);
            } else {
                text.append(c);
            }
        }
        texts.add(text.toString());
        return texts;
    }
}
