package org.mentorhub.adapter.web;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.ValidationException;

/**
 * The program settings form. Its fields carry the names the core reports errors for ({@code name},
 * {@code criteriaWeights.SKILLS}, {@code start} and {@code end} of the enrollment window, ...), so every error shows at
 * its field. The pairing duration is edited in whole months, the check-in cadence in whole days, managers as
 * comma-separated usernames.
 */
final class ProgramSettingsForm {
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String TYPE = "type";
    static final String MATCHING_MODE = "matchingMode";
    static final String START = "start";
    static final String END = "end";
    static final String DURATION = "duration";
    static final String CHECK_IN_CADENCE = "checkInCadence";
    static final String CAPACITY = "defaultMentorCapacity";
    static final String WEIGHT = "criteriaWeights.";
    static final String TRAINING = "trainingRequired";
    static final String DIVERSITY = "diversityPreferencesAllowed";
    static final String JIRA_PROJECT = "jiraProjectKey";
    static final String CONFLUENCE_SPACE = "confluenceSpaceKey";
    static final String MANAGERS = "managers";
    static final String CHECKED = "true";
    static final String NUMBER_EXPECTED = "mentorhub.web.admin.error.number";
    static final String DATE_EXPECTED = "mentorhub.web.admin.error.date";
    static final String UNKNOWN_USERS = "mentorhub.web.admin.error.unknownUsers";
    private static final int DEFAULT_DURATION_MONTHS = 6;
    private static final int DEFAULT_CADENCE_DAYS = 14;
    private static final int DEFAULT_WINDOW_DAYS = 30;
    private static final int DEFAULT_CAPACITY = 2;
    private static final int DAYS_PER_MONTH = 30;

    private ProgramSettingsForm() {
    }

    /** A new program's form: a one-on-one program managed by its creator, enrolling for a month from today. */
    static Map<String, List<String>> defaults(LocalDate today, String creatorUsername) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, TYPE, ProgramType.ONE_ON_ONE.name());
        put(values, MATCHING_MODE, MatchingMode.HYBRID.name());
        put(values, START, today.toString());
        put(values, END, today.plusDays(DEFAULT_WINDOW_DAYS).toString());
        put(values, DURATION, String.valueOf(DEFAULT_DURATION_MONTHS));
        put(values, CHECK_IN_CADENCE, String.valueOf(DEFAULT_CADENCE_DAYS));
        put(values, CAPACITY, String.valueOf(DEFAULT_CAPACITY));
        CriteriaWeights.balanced().weights().forEach((criterion, weight) -> put(values, WEIGHT + criterion, weight.toString()));
        put(values, MANAGERS, creatorUsername);
        return values;
    }

    /** The form filled with a program's settings; a duration or cadence that is no whole number of months or days is rounded. */
    static Map<String, List<String>> values(ProgramSettings settings, Function<UserKey, String> usernames) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, NAME, settings.name());
        put(values, DESCRIPTION, settings.description());
        put(values, TYPE, settings.type().name());
        put(values, MATCHING_MODE, settings.matchingMode().name());
        put(values, START, settings.enrollmentWindow().start().toString());
        put(values, END, settings.enrollmentWindow().end().toString());
        Period duration = settings.duration();
        put(values, DURATION, String.valueOf(duration.toTotalMonths() + Math.round(duration.getDays() / (double) DAYS_PER_MONTH)));
        Period cadence = settings.checkInCadence();
        put(values, CHECK_IN_CADENCE, String.valueOf(cadence.toTotalMonths() * DAYS_PER_MONTH + cadence.getDays()));
        put(values, CAPACITY, String.valueOf(settings.defaultMentorCapacity()));
        for (MatchCriterion criterion : MatchCriterion.values()) {
            put(values, WEIGHT + criterion, String.valueOf(settings.criteriaWeights().weightOf(criterion)));
        }
        if (settings.trainingRequired()) {
            put(values, TRAINING, CHECKED);
        }
        if (settings.diversityPreferencesAllowed()) {
            put(values, DIVERSITY, CHECKED);
        }
        put(values, JIRA_PROJECT, settings.jiraProjectKey());
        put(values, CONFLUENCE_SPACE, settings.confluenceSpaceKey());
        put(values, MANAGERS, settings.managers().stream().map(usernames).sorted().collect(Collectors.joining(", ")));
        return values;
    }

    /**
     * The settings the form describes. Every problem, whether a value that is no number or date or one the core
     * refuses, is reported at once as a {@link ValidationException} with one error per field.
     */
    static ProgramSettings read(PageCall call, Function<String, Optional<UserKey>> usersByName) {
        FieldErrors.Builder errors = FieldErrors.builder();
        ProgramType type = choice(call.param(TYPE), ProgramType.class);
        MatchingMode mode = choice(call.param(MATCHING_MODE), MatchingMode.class);
        LocalDate start = date(call, START, errors);
        LocalDate end = date(call, END, errors);
        DateRange window = start == null || end == null ? null : Attempt.collect(() -> new DateRange(start, end), errors);
        Integer months = number(call, DURATION, errors);
        Integer days = number(call, CHECK_IN_CADENCE, errors);
        Integer capacity = number(call, CAPACITY, errors);
        Map<MatchCriterion, Integer> weights = new EnumMap<>(MatchCriterion.class);
        for (MatchCriterion criterion : MatchCriterion.values()) {
            Integer weight = number(call, WEIGHT + criterion, errors);
            weights.put(criterion, weight == null ? 0 : weight);
        }
        CriteriaWeights criteriaWeights = Attempt.collect(() -> new CriteriaWeights(weights), errors);
        Set<UserKey> managers = managers(call.param(MANAGERS), usersByName, errors);
        ProgramSettings settings = Attempt.collect(() -> new ProgramSettings(call.param(NAME), blankAsNull(call.param(DESCRIPTION)), type,
            mode, window, months == null ? Period.ZERO : Period.ofMonths(months), days == null ? Period.ZERO : Period.ofDays(days),
            capacity == null ? 0 : capacity, criteriaWeights, call.param(TRAINING).equals(CHECKED),
            call.param(DIVERSITY).equals(CHECKED), blankAsNull(call.param(JIRA_PROJECT)), blankAsNull(call.param(CONFLUENCE_SPACE)),
            managers), errors, reportedParts(window, criteriaWeights));
        errors.throwIfAny();
        return settings;
    }

    /** The settings' fields whose parts already failed at their own form fields: the settings would only say "required". */
    private static String[] reportedParts(DateRange window, CriteriaWeights weights) {
        List<String> reported = new java.util.ArrayList<>();
        if (window == null) {
            reported.add("enrollmentWindow");
        }
        if (weights == null) {
            reported.add("criteriaWeights");
        }
        return reported.toArray(String[]::new);
    }

    private static Set<UserKey> managers(String usernames, Function<String, Optional<UserKey>> usersByName,
                                         FieldErrors.Builder errors) {
        Set<UserKey> managers = new LinkedHashSet<>();
        List<String> unknown = Arrays.stream(usernames.split(","))
            .map(String::trim)
            .filter(name -> !name.isEmpty())
            .filter(name -> usersByName.apply(name).map(managers::add).isEmpty())
            .toList();
        if (!unknown.isEmpty()) {
            errors.add(MANAGERS, UNKNOWN_USERS, String.join(", ", unknown));
        }
        return managers;
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst().orElse(null);
    }

    private static Integer number(PageCall call, String field, FieldErrors.Builder errors) {
        String value = call.param(field);
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(field, NUMBER_EXPECTED);
            return null;
        }
    }

    private static LocalDate date(PageCall call, String field, FieldErrors.Builder errors) {
        String value = call.param(field);
        if (value.isEmpty()) {
            errors.add(field, "mentorhub.validation.required");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, DATE_EXPECTED);
            return null;
        }
    }

    private static String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        if (value != null) {
            values.put(field, List.of(value));
        }
    }

    /** The option values of an enum for a select, in declaration order. */
    static List<String> options(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
