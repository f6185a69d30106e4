package org.mentorhub.domain;

import java.time.Period;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a program manager configures about a program.
 *
 * @param duration                    how long a pairing runs, e.g. {@code P6M}
 * @param checkInCadence              how often pairs are expected to meet, e.g. {@code P14D}
 * @param trainingRequired            mentors must complete the program's required training before being paired
 * @param diversityPreferencesAllowed consented, self-reported demographics may be used for matching
 * @param jiraProjectKey              project holding the pairs' issues; {@code null} until linked
 * @param confluenceSpaceKey          space holding the training pages; {@code null} until linked
 * @param managers                    the program managers (at least one)
 */
public record ProgramSettings(
        String name,
        String description,
        ProgramType type,
        MatchingMode matchingMode,
        DateRange enrollmentWindow,
        Period duration,
        Period checkInCadence,
        int defaultMentorCapacity,
        CriteriaWeights criteriaWeights,
        boolean trainingRequired,
        boolean diversityPreferencesAllowed,
        String jiraProjectKey,
        String confluenceSpaceKey,
        Set<UserKey> managers) {

    public static final int MAX_MENTOR_CAPACITY = 50;
    private static final Pattern JIRA_PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    private static final Pattern CONFLUENCE_SPACE_KEY = Pattern.compile("~?[A-Za-z0-9_-]{1,255}");

    public ProgramSettings {
        managers = Copies.set(managers);
        FieldErrors.builder()
                .requireText("name", name, 120)
                .optionalText("description", description, 4000)
                .required("type", type)
                .required("matchingMode", matchingMode)
                .required("enrollmentWindow", enrollmentWindow)
                .requirePositive("duration", duration)
                .requirePositive("checkInCadence", checkInCadence)
                .range("defaultMentorCapacity", defaultMentorCapacity, 1, MAX_MENTOR_CAPACITY)
                .required("criteriaWeights", criteriaWeights)
                .check(criteriaWeights == null || diversityPreferencesAllowed
                                || criteriaWeights.weightOf(MatchCriterion.DIVERSITY) == 0,
                        "criteriaWeights.DIVERSITY", "mentorhub.program.diversityNotAllowed")
                .requirePattern("jiraProjectKey", jiraProjectKey, JIRA_PROJECT_KEY)
                .requirePattern("confluenceSpaceKey", confluenceSpaceKey, CONFLUENCE_SPACE_KEY)
                .check(!managers.isEmpty(), "managers", "mentorhub.program.managerRequired")
                .throwIfAny();
    }
}
