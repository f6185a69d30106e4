package org.mentorhub.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.mentorhub.domain.Enps;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.ProgressCount;

/**
 * A program's dashboard: where it stands today (pairs, action-plan progress, participation, pairs at risk) and
 * what happened in a period (check-ins held, goals completed per week, feedback given).
 *
 * @param today                the day the current figures are as of
 * @param pairs                how many pairings are in each status now; every status is present
 * @param goals                the goals of all the program's pairings, and how many are done
 * @param milestones           their milestones, and how many are done
 * @param actionPlans          pairings with at least one goal, and how many of those completed every goal
 * @param checkInsHeld         sessions in the period that a mentee attended
 * @param feedback             the survey answers given in the period
 * @param pairsAtRisk          how many active pairings are at risk today
 * @param atRisk               the most urgent of them, at most {@link ReportService#AT_RISK_LISTED}
 * @param completedGoalsByWeek goals completed in each week of the period, as in {@link ReportPeriod#weekStarts()}
 */
public record ProgramDashboard(
        Program program,
        ReportPeriod period,
        LocalDate today,
        Map<PairingStatus, Integer> pairs,
        ProgressCount goals,
        ProgressCount milestones,
        ProgressCount actionPlans,
        int checkInsHeld,
        FeedbackFigures feedback,
        Participation participation,
        int pairsAtRisk,
        List<AtRiskPair> atRisk,
        List<WeekCount> completedGoalsByWeek) {

    public ProgramDashboard {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(today, "today");
        EnumMap<PairingStatus, Integer> everyStatus = new EnumMap<>(PairingStatus.class);
        for (PairingStatus status : PairingStatus.values()) {
            everyStatus.put(status, pairs.getOrDefault(status, 0));
        }
        pairs = Collections.unmodifiableMap(everyStatus);
        atRisk = List.copyOf(atRisk);
        completedGoalsByWeek = List.copyOf(completedGoalsByWeek);
    }

    /**
     * The survey answers of a period.
     *
     * @param averageRating    the mean of every 1-5 rating given; empty without ratings
     * @param confidenceChange the mean of confidence after minus before, over answers that gave both; empty without any
     */
    public record FeedbackFigures(int responses, OptionalDouble averageRating, Enps enps, OptionalDouble confidenceChange) {
    }

    /**
     * Head counts today.
     *
     * @param enrolled everyone who ever opted in
     * @param optedIn  those still opted in
     * @param mentors  opted-in mentors
     * @param mentees  opted-in mentees
     * @param paired   people in an accepted or active pairing
     */
    public record Participation(int enrolled, int optedIn, int mentors, int mentees, int paired) {
    }

    /**
     * An active pairing that needs a program manager's attention.
     *
     * @param checkInCadence    how often the pair means to meet
     * @param noRecentCheckIn   no check-in was held for two cadences (counted from the start if there was none)
     * @param overdueMilestones open milestones past their due date
     * @param firstOverdue      the earliest of them; {@code null} when there is none
     */
    public record AtRiskPair(
            Id<Pairing> pairingId,
            Person mentor,
            List<Person> mentees,
            Period checkInCadence,
            boolean noRecentCheckIn,
            int overdueMilestones,
            Milestone firstOverdue) {

        public AtRiskPair {
            mentees = List.copyOf(mentees);
        }
    }

    /** A user, with the name the host shows for them. */
    public record Person(UserKey key, String displayName) {
    }

    /** A count for the week starting on {@code weekStart}. */
    public record WeekCount(LocalDate weekStart, int count) {
    }
}
