package org.mentorhub.adapter.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.mentorhub.domain.Enps;
import org.mentorhub.domain.Milestone;
import org.mentorhub.port.ProgressCount;
import org.mentorhub.service.ProgramDashboard;

/**
 * JSON body of {@code GET /programs/{programId}/dashboard}: everything the dashboard gadget shows, in one answer.
 * Averages without any answer to average are left out.
 */
public record DashboardDto(
        ProgramRefDto program,
        Period period,
        LocalDate today,
        Map<String, Integer> pairs,
        Progress goals,
        Progress milestones,
        Progress actionPlans,
        int checkInsHeld,
        Feedback feedback,
        Participation participation,
        AtRisk atRisk,
        List<WeekCount> completedGoalsByWeek) {

    public static DashboardDto of(ProgramDashboard dashboard) {
        Map<String, Integer> pairs = new LinkedHashMap<>();
        dashboard.pairs().forEach((status, count) -> pairs.put(status.name(), count));
        ProgramDashboard.FeedbackFigures feedback = dashboard.feedback();
        Enps enps = feedback.enps();
        ProgramDashboard.Participation people = dashboard.participation();
        return new DashboardDto(
                ProgramRefDto.of(dashboard.program()),
                new Period(dashboard.period().from(), dashboard.period().to()),
                dashboard.today(),
                pairs,
                Progress.of(dashboard.goals()),
                Progress.of(dashboard.milestones()),
                Progress.of(dashboard.actionPlans()),
                dashboard.checkInsHeld(),
                new Feedback(feedback.responses(), orNull(feedback.averageRating()),
                        new EnpsScore(orNull(enps.percent()), enps.promoters(), enps.passives(), enps.detractors()),
                        orNull(feedback.confidenceChange())),
                new Participation(people.enrolled(), people.optedIn(), people.mentors(), people.mentees(), people.paired()),
                new AtRisk(dashboard.pairsAtRisk(), dashboard.atRisk().stream().map(AtRiskPair::of).toList()),
                dashboard.completedGoalsByWeek().stream().map(week -> new WeekCount(week.weekStart(), week.count())).toList());
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    public record Progress(int total, int done) {
        static Progress of(ProgressCount count) {
            return new Progress(count.total(), count.done());
        }
    }

    /** Survey answers of the period; {@code averageRating} is 1 to 5, {@code confidenceChange} -4 to 4. */
    public record Feedback(int responses, Double averageRating, EnpsScore enps, Double confidenceChange) {
    }

    /** {@code score} is -100 to 100, left out without answers. */
    public record EnpsScore(Double score, int promoters, int passives, int detractors) {
    }

    public record Participation(int enrolled, int optedIn, int mentors, int mentees, int paired) {
    }

    public record AtRisk(int total, List<AtRiskPair> pairs) {
    }

    /** {@code checkInCadence} is an ISO-8601 period such as {@code P14D}. */
    public record AtRiskPair(String pairingId, Person mentor, List<Person> mentees, String checkInCadence, boolean noRecentCheckIn,
                             int overdueMilestones, OverdueMilestone firstOverdue) {
        static AtRiskPair of(ProgramDashboard.AtRiskPair pair) {
            Milestone first = pair.firstOverdue();
            return new AtRiskPair(pair.pairingId().toString(), Person.of(pair.mentor()), pair.mentees().stream().map(Person::of).toList(),
                    pair.checkInCadence().toString(), pair.noRecentCheckIn(), pair.overdueMilestones(),
                    first == null ? null : new OverdueMilestone(first.title(), first.dueDate()));
        }
    }

    public record Person(String key, String displayName) {
        static Person of(ProgramDashboard.Person person) {
            return new Person(person.key().value(), person.displayName());
        }
    }

    public record OverdueMilestone(String title, LocalDate dueDate) {
    }

    public record WeekCount(LocalDate weekStart, int count) {
    }
}
