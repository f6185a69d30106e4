package org.mentorhub.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a participant tells the program about themselves, used for matching and by their pair.
 *
 * @param manager        the participant's direct manager (reporting line); {@code null} if none is known
 * @param languages      languages the participant can mentor or be mentored in
 * @param availability   weekly slots in {@code timeZone}
 * @param mentorCapacity how many mentees the participant takes on at once when mentoring (0 when only a mentee)
 * @param demographics   optional, consented, private to the participant
 */
public record Profile(
        List<Skill> skills,
        TaggedText interests,
        TaggedText goals,
        CareerLevel careerLevel,
        String businessFunction,
        UserKey manager,
        String location,
        ZoneId timeZone,
        Set<Locale> languages,
        List<AvailabilitySlot> availability,
        int mentorCapacity,
        Demographics demographics) {

    private static final int MAX_SKILLS = 50;
    private static final int MAX_SLOTS = 50;

    public Profile {
        skills = Copies.list(skills);
        interests = interests == null ? TaggedText.EMPTY : interests;
        goals = goals == null ? TaggedText.EMPTY : goals;
        languages = Copies.set(languages);
        availability = Copies.list(availability);
        demographics = demographics == null ? Demographics.NONE : demographics;
        FieldErrors.builder()
                .maxSize("skills", skills, MAX_SKILLS)
                .check(skills.stream().map(skill -> skill.name().toLowerCase(Locale.ROOT)).distinct().count() == skills.size(),
                        "skills", "mentorhub.profile.duplicateSkill")
                .required("careerLevel", careerLevel)
                .optionalText("businessFunction", businessFunction, 100)
                .optionalText("location", location, 100)
                .required("timeZone", timeZone)
                .maxSize("availability", availability, MAX_SLOTS)
                .range("mentorCapacity", mentorCapacity, 0, ProgramSettings.MAX_MENTOR_CAPACITY)
                .throwIfAny();
    }

    /** Whether one of the two reports directly to the other. */
    public static boolean inReportingLine(UserKey first, Profile firstProfile, UserKey second, Profile secondProfile) {
        return second.equals(firstProfile.manager()) || first.equals(secondProfile.manager());
    }

    public Profile withManager(UserKey directManager) {
        return new Profile(skills, interests, goals, careerLevel, businessFunction, directManager, location, timeZone,
                languages, availability, mentorCapacity, demographics);
    }

    public Profile withoutDemographics() {
        return new Profile(skills, interests, goals, careerLevel, businessFunction, manager, location, timeZone,
                languages, availability, mentorCapacity, Demographics.NONE);
    }
}
