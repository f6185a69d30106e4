package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.require;

import java.time.LocalDate;
import java.util.Set;

/**
 * A program's matching rules.
 *
 * @param minLevelGap smallest preferred (mentor level − mentee level); in reverse programs the gap is measured the
 *                    other way round (mentee level − mentor level), since the junior mentors the senior
 * @param availabilityWeek any date in the week whose time-zone offsets are used to compare weekly slots
 * @param targetOverlapHours weekly overlap that earns the full availability score
 * @param managerExclusions pairs a program manager excluded
 * @param declinedPairs pairs where the mentor already declined the mentee
 */
public record MatchingProgram(
        String id,
        CriteriaWeights weights,
        int minLevelGap,
        int maxLevelGap,
        FunctionPreference functionPreference,
        boolean sameLocationPreferred,
        boolean trainingRequired,
        boolean diversityAllowed,
        boolean reverse,
        double targetOverlapHours,
        LocalDate availabilityWeek,
        Set<PairKey> managerExclusions,
        Set<PairKey> declinedPairs) {

    /** Whether mentor and mentee should share a business function. */
    public enum FunctionPreference { SAME, DIFFERENT, ANY }

    public MatchingProgram {
        require(id != null && weights != null && functionPreference != null && availabilityWeek != null,
                INVALID_PARAMETER, "a program needs an id, weights, a function preference and a week", id);
        require(minLevelGap <= maxLevelGap, INVALID_PARAMETER,
                "level gap range " + minLevelGap + ".." + maxLevelGap + " is empty", minLevelGap, maxLevelGap);
        require(targetOverlapHours > 0, INVALID_PARAMETER, "target overlap must be positive", targetOverlapHours);
        managerExclusions = Set.copyOf(managerExclusions);
        declinedPairs = Set.copyOf(declinedPairs);
    }

    /** The level gap that counts for this program: mentor minus mentee, or the reverse in reverse mentoring. */
    public int levelGap(MatchProfile mentee, MatchProfile mentor) {
        int gap = mentor.careerLevel() - mentee.careerLevel();
        return reverse ? -gap : gap;
    }
}
