package org.mentorhub.service;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.Demographics;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TaggedText;

/** Profiles for matching tests: one common background (Berlin, English, Tuesday mornings) and what each test is about. */
final class ProfileBuilder {
    private final List<Skill> skills = new ArrayList<>();
    private final Map<DemographicAttribute, String> demographics = new EnumMap<>(DemographicAttribute.class);
    private TaggedText goals = TaggedText.EMPTY;
    private TaggedText interests = TaggedText.EMPTY;
    private CareerLevel level = CareerLevel.PROFESSIONAL;
    private String function = "Engineering";
    private String location = "Berlin";
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private List<AvailabilitySlot> availability = List.of(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
    private int capacity;

    static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    ProfileBuilder skill(String name, SkillLevel skillLevel) {
        skills.add(new Skill(name, skillLevel));
        return this;
    }

    /** What a mentee wants to learn: the goal's text and tags. */
    ProfileBuilder goals(String text, String... tags) {
        goals = new TaggedText(text, Set.of(tags));
        return this;
    }

    ProfileBuilder interests(String text, String... tags) {
        interests = new TaggedText(text, Set.of(tags));
        return this;
    }

    ProfileBuilder level(CareerLevel value) {
        level = value;
        return this;
    }

    ProfileBuilder function(String value) {
        function = value;
        return this;
    }

    ProfileBuilder location(String value) {
        location = value;
        return this;
    }

    ProfileBuilder availability(ZoneId timeZone, AvailabilitySlot... slots) {
        zone = timeZone;
        availability = List.of(slots);
        return this;
    }

    ProfileBuilder capacity(int value) {
        capacity = value;
        return this;
    }

    ProfileBuilder demographic(DemographicAttribute attribute, String value) {
        demographics.put(attribute, value);
        return this;
    }

    Profile build() {
        return new Profile(skills, interests, goals, level, function, null, location, zone, Set.of(Locale.ENGLISH), availability, capacity,
                new Demographics(demographics));
    }
}
