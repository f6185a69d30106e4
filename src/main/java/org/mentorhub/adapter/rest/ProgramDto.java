package org.mentorhub.adapter.rest;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;

/** A program in responses: its id, status and settings ({@code managers} as sorted user keys). */
public record ProgramDto(
        String id,
        ProgramStatus status,
        String name,
        String description,
        ProgramType type,
        MatchingMode matchingMode,
        DateRangeDto enrollmentWindow,
        Period duration,
        Period checkInCadence,
        int defaultMentorCapacity,
        Map<MatchCriterion, Integer> criteriaWeights,
        boolean trainingRequired,
        boolean diversityPreferencesAllowed,
        String jiraProjectKey,
        String confluenceSpaceKey,
        List<String> managers) {

    public static ProgramDto from(Program program) {
        ProgramSettings settings = program.settings();
        return new ProgramDto(program.id().toString(), program.status(), settings.name(), settings.description(),
                settings.type(), settings.matchingMode(), DateRangeDto.from(settings.enrollmentWindow()),
                settings.duration(), settings.checkInCadence(), settings.defaultMentorCapacity(),
                settings.criteriaWeights().weights(), settings.trainingRequired(),
                settings.diversityPreferencesAllowed(), settings.jiraProjectKey(), settings.confluenceSpaceKey(),
                settings.managers().stream().map(UserKey::value).sorted().toList());
    }
}
