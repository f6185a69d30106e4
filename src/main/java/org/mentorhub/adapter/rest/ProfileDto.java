package org.mentorhub.adapter.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TaggedText;
import org.mentorhub.domain.UserKey;

/**
 * A participant's profile in requests and responses. Plain values here; the domain's rules run in
 * {@link #toDomain()}, so a bad value is a 400 naming its field. Demographics are not exchanged over REST yet.
 *
 * @param manager   user key of the direct manager; the directory's reporting line overrides it
 * @param timeZone  an IANA zone id such as {@code Europe/Berlin}
 * @param languages BCP 47 language tags such as {@code en} or {@code pt-BR}
 */
public record ProfileDto(
        List<SkillDto> skills,
        TextDto interests,
        TextDto goals,
        CareerLevel careerLevel,
        String businessFunction,
        String manager,
        String location,
        String timeZone,
        List<String> languages,
        List<SlotDto> availability,
        int mentorCapacity) {

    public record SkillDto(String name, SkillLevel level) {
    }

    /** Free text with normalized tags. */
    public record TextDto(String text, Set<String> tags) {
    }

    /** A weekly slot in the profile's time zone. */
    public record SlotDto(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    public static ProfileDto from(Profile profile) {
        return new ProfileDto(
                profile.skills().stream().map(skill -> new SkillDto(skill.name(), skill.level())).toList(),
                text(profile.interests()), text(profile.goals()), profile.careerLevel(), profile.businessFunction(),
                profile.manager() == null ? null : profile.manager().value(), profile.location(),
                profile.timeZone().getId(),
                profile.languages().stream().map(Locale::toLanguageTag).sorted().toList(),
                profile.availability().stream().map(slot -> new SlotDto(slot.day(), slot.start(), slot.end())).toList(),
                profile.mentorCapacity());
    }

    public Profile toDomain() {
        return new Profile(
                skills == null ? null : skills.stream().map(skill -> new Skill(skill.name(), skill.level())).toList(),
                text(interests), text(goals), careerLevel, businessFunction,
                manager == null ? null : new UserKey(manager), location, zone(),
                languages == null ? null : languages.stream().map(Locale::forLanguageTag).collect(Collectors.toSet()),
                availability == null ? null
                        : availability.stream().map(slot -> new AvailabilitySlot(slot.day(), slot.start(), slot.end())).toList(),
                mentorCapacity, null);
    }

    /** Only IANA zone ids: fixed offsets would not follow daylight saving time. */
    private ZoneId zone() {
        boolean known = timeZone == null || ZoneId.getAvailableZoneIds().contains(timeZone);
        FieldErrors.builder().check(known, "timeZone", "mentorhub.validation.format").throwIfAny();
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    private static TextDto text(TaggedText text) {
        return new TextDto(text.text(), text.tags());
    }

    private static TaggedText text(TextDto text) {
        return text == null ? null : new TaggedText(text.text(), text.tags());
    }
}
