package org.mentorhub.adapter.rest;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;

/**
 * The body of creating or replacing a program's settings. Absent flags are {@code false}; absent criteria
 * weights are the balanced default. Every other rule is the domain's, reported per field by {@link #toSettings()}.
 *
 * @param managers user keys of the program managers
 */
public record ProgramForm(
        String name,
        String description,
        ProgramType type,
        MatchingMode matchingMode,
        DateRangeDto enrollmentWindow,
        Period duration,
        Period checkInCadence,
        int defaultMentorCapacity,
        Map<MatchCriterion, Integer> criteriaWeights,
        Boolean trainingRequired,
        Boolean diversityPreferencesAllowed,
        String jiraProjectKey,
        String confluenceSpaceKey,
        List<String> managers) {

    public ProgramSettings toSettings() {
        return new ProgramSettings(name, description, type, matchingMode,
                enrollmentWindow == null ? null : enrollmentWindow.toDomain(),
                duration, checkInCadence, defaultMentorCapacity,
                criteriaWeights == null ? CriteriaWeights.balanced() : new CriteriaWeights(criteriaWeights),
                Boolean.TRUE.equals(trainingRequired), Boolean.TRUE.equals(diversityPreferencesAllowed),
                jiraProjectKey, confluenceSpaceKey,
                managers == null ? null : managers.stream().map(UserKey::new).collect(Collectors.toSet()));
    }
}
