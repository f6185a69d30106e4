package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.Problem.NEGATIVE_CAPACITY;
import static org.mentorhub.matching.MatchingInputException.require;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matching engine knows about one participant, role-neutral (the same person can mentor one topic and be
 * mentored in another). The service layer maps the domain's profile onto this record.
 *
 * @param skills skill name → level 1..5
 * @param managerId the participant's direct manager, or null
 * @param capacity how many mentees this person can take as a mentor
 */
public record MatchProfile(
        String id,
        Map<String, Integer> skills,
        Set<String> wantedSkills,
        String goals,
        String interests,
        Set<String> tags,
        int careerLevel,
        String businessFunction,
        String managerId,
        List<WeeklySlot> availability,
        ZoneId timeZone,
        Set<String> languages,
        String location,
        boolean optedIn,
        boolean trainingDone,
        int capacity,
        DiversityProfile diversity) {

    public static final int MAX_SKILL_LEVEL = 5;

    public MatchProfile {
        require(id != null && !id.isBlank(), INVALID_PARAMETER, "a participant needs an id", String.valueOf(id));
        require(capacity >= 0, NEGATIVE_CAPACITY, "participant " + id + " has negative capacity " + capacity,
                id, capacity);
        skills = Map.copyOf(skills);
        skills.forEach((skill, level) -> require(level >= 1 && level <= MAX_SKILL_LEVEL, INVALID_PARAMETER,
                "skill level of " + skill + " must be 1.." + MAX_SKILL_LEVEL, skill, level));
        wantedSkills = Set.copyOf(wantedSkills);
        goals = goals == null ? "" : goals;
        interests = interests == null ? "" : interests;
        tags = Set.copyOf(tags);
        availability = List.copyOf(availability);
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        languages = Set.copyOf(languages);
        location = location == null ? "" : location;
        diversity = diversity == null ? DiversityProfile.NOT_SHARED : diversity;
    }

    /** The level of a skill (case-insensitive name), 0 when the person does not have it. */
    public int levelOf(String skill) {
        for (Map.Entry<String, Integer> entry : skills.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(skill)) {
                return entry.getValue();
            }
        }
        return 0;
    }
}
