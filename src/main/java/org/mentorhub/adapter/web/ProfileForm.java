package org.mentorhub.adapter.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.Demographics;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TaggedText;
import org.mentorhub.domain.ValidationException;

/**
 * The enrollment page's form: the profile, roles and consent as form fields, read into the core's records with every
 * problem found in one pass (each reported at the field the page shows it), and a stored profile written back as
 * field values for editing.
 *
 * <p>Fields: {@code roles}, {@code consent} (checkboxes of enum names), {@code mentorCapacity}, rows
 * {@code skills.<n>.name}/{@code skills.<n>.level}, {@code wantedSkills} and {@code interestTags} (comma-separated),
 * {@code goals}, {@code interests}, {@code careerLevel}, {@code businessFunction}, {@code location}, {@code timeZone}
 * (an IANA id), {@code languages} (comma-separated BCP 47 tags), rows {@code availability.<n>.day/start/end} and
 * {@code demographics.<ATTRIBUTE>}.
 */
final class ProfileForm {
    static final int SKILL_ROWS = 5;
    static final int SLOT_ROWS = 3;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    /** Field names of the core's tagged texts, as this form names them. */
    private static final Map<String, String> GOALS_FIELDS = Map.of("text", "goals", "tags", "wantedSkills");
    private static final Map<String, String> INTERESTS_FIELDS = Map.of("text", "interests", "tags", "interestTags");

    private final PageCall call;
    private final FieldErrors.Builder errors = FieldErrors.builder();
    /** Fields already reported: a value the form could not read is not also reported as missing. */
    private final Set<String> reported = new HashSet<>();

    private ProfileForm(PageCall call) {
        this.call = call;
    }

    /** The profile the user sent; {@link ValidationException} with every field that is wrong. */
    static Profile profile(PageCall call, boolean demographicsAllowed) {
        return new ProfileForm(call).read(demographicsAllowed);
    }

    static Set<ParticipantRole> roles(PageCall call) {
        return enums(call.params("roles"), ParticipantRole.class, "roles");
    }

    static Set<ConsentScope> consent(PageCall call) {
        return enums(call.params("consent"), ConsentScope.class, "consent.scopes");
    }

    /** A stored profile as the form's values. */
    static Map<String, List<String>> values(Profile profile) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<Skill> skills = profile.skills();
        for (int row = 0; row < Math.min(skills.size(), SKILL_ROWS); row++) {
            values.put("skills." + row + ".name", List.of(skills.get(row).name()));
            values.put("skills." + row + ".level", List.of(skills.get(row).level().name()));
        }
        List<AvailabilitySlot> slots = profile.availability();
        for (int row = 0; row < Math.min(slots.size(), SLOT_ROWS); row++) {
            values.put("availability." + row + ".day", List.of(slots.get(row).day().name()));
            values.put("availability." + row + ".start", List.of(slots.get(row).start().toString()));
            values.put("availability." + row + ".end", List.of(slots.get(row).end().toString()));
        }
        put(values, "mentorCapacity", String.valueOf(profile.mentorCapacity()));
        put(values, "wantedSkills", tags(profile.goals().tags()));
        put(values, "goals", profile.goals().text());
        put(values, "interests", profile.interests().text());
        put(values, "interestTags", tags(profile.interests().tags()));
        put(values, "careerLevel", profile.careerLevel().name());
        put(values, "businessFunction", profile.businessFunction());
        put(values, "location", profile.location());
        put(values, "timeZone", profile.timeZone().getId());
        put(values, "languages", profile.languages().stream().map(Locale::toLanguageTag).sorted().collect(Collectors.joining(", ")));
        profile.demographics().values().forEach((attribute, value) -> put(values, "demographics." + attribute, value));
        return values;
    }

    /** A new participant's starting values. */
    static Map<String, List<String>> defaults() {
        return Map.of("timeZone", List.of("UTC"), "languages", List.of("en"), "mentorCapacity", List.of("0"));
    }

    private Profile read(boolean demographicsAllowed) {
        List<Skill> skills = new ArrayList<>();
        for (int row = 0; row < SKILL_ROWS; row++) {
            String name = call.param("skills." + row + ".name");
            if (!name.isEmpty()) {
                SkillLevel level = option(SkillLevel.class, "skills." + row + ".level", "skills.level");
                add(skills, collect(Map.of(), () -> new Skill(name, level)));
            }
        }
        List<AvailabilitySlot> slots = new ArrayList<>();
        for (int row = 0; row < SLOT_ROWS; row++) {
            String prefix = "availability." + row + ".";
            if (!call.param(prefix + "day").isEmpty() || !call.param(prefix + "start").isEmpty() || !call.param(prefix + "end").isEmpty()) {
                DayOfWeek day = option(DayOfWeek.class, prefix + "day", "availability.day");
                LocalTime start = time(prefix + "start", "availability.start");
                LocalTime end = time(prefix + "end", "availability.end");
                add(slots, collect(Map.of(), () -> new AvailabilitySlot(day, start, end)));
            }
        }
        TaggedText goals = collect(GOALS_FIELDS, () -> new TaggedText(text("goals"), list("wantedSkills")));
        TaggedText interests = collect(INTERESTS_FIELDS, () -> new TaggedText(text("interests"), list("interestTags")));
        CareerLevel careerLevel = option(CareerLevel.class, "careerLevel", "careerLevel");
        ZoneId timeZone = timeZone();
        Set<Locale> languages = languages();
        int capacity = capacity();
        Demographics demographics = demographicsAllowed ? collect(Map.of(), this::demographics) : Demographics.NONE;
        Profile profile = collect(Map.of(), () -> new Profile(skills, interests, goals, careerLevel, text("businessFunction"), null,
                text("location"), timeZone, languages, slots, capacity, demographics));
        errors.throwIfAny();
        return profile;
    }

    /** Builds a record, or notes its field errors (renamed as the form names them) and answers null. */
    private <T> T collect(Map<String, String> fieldNames, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException invalid) {
            for (FieldError error : invalid.errors().all()) {
                fail(fieldNames.getOrDefault(error.field(), error.field()), error.messageKey(), error.messageArgs().toArray());
            }
            return null;
        }
    }

    private void fail(String field, String messageKey, Object... arguments) {
        if (reported.add(field)) {
            errors.add(field, messageKey, arguments);
        }
    }

    private <E extends Enum<E>> E option(Class<E> type, String name, String field) {
        String value = call.param(name);
        try {
            return value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            fail(field, "mentorhub.validation.format");
            return null;
        }
    }

    private LocalTime time(String name, String field) {
        String value = call.param(name);
        try {
            return value.isEmpty() ? null : LocalTime.parse(value);
        } catch (DateTimeParseException malformed) {
            fail(field, "mentorhub.validation.format");
            return null;
        }
    }

    /** Only IANA zone ids: fixed offsets would not follow daylight saving time. */
    private ZoneId timeZone() {
        String value = call.param("timeZone");
        if (value.isEmpty()) {
            return null;
        }
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            fail("timeZone", "mentorhub.validation.format");
            return null;
        }
        return ZoneId.of(value);
    }

    private Set<Locale> languages() {
        Set<String> tags = list("languages");
        if (!tags.stream().allMatch(tag -> LANGUAGE_TAG.matcher(tag).matches())) {
            fail("languages", "mentorhub.validation.format");
            return Set.of();
        }
        return tags.stream().map(Locale::forLanguageTag).collect(Collectors.toSet());
    }

    private int capacity() {
        String value = call.param("mentorCapacity");
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException malformed) {
            fail("mentorCapacity", "mentorhub.validation.format");
            return 0;
        }
    }

    private Demographics demographics() {
        Map<DemographicAttribute, String> values = new EnumMap<>(DemographicAttribute.class);
        for (DemographicAttribute attribute : DemographicAttribute.values()) {
            String value = call.param("demographics." + attribute);
            if (!value.isEmpty()) {
                values.put(attribute, value);
            }
        }
        return new Demographics(values);
    }

    private String text(String name) {
        String value = call.param(name);
        return value.isEmpty() ? null : value;
    }

    /** A comma-separated field's entries, trimmed, blanks dropped. */
    private Set<String> list(String name) {
        return Arrays.stream(call.param(name).split(",")).map(String::trim).filter(entry -> !entry.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type, String field) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                chosen.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException unknown) {
                FieldErrors.builder().add(field, "mentorhub.validation.format").throwIfAny();
            }
        }
        return chosen;
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    private static String tags(Set<String> tags) {
        return tags.stream().sorted().collect(Collectors.joining(", "));
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        if (value != null) {
            values.put(field, List.of(value));
        }
    }
}
