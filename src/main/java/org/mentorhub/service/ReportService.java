package org.mentorhub.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorhub.domain.Enps;
import org.mentorhub.domain.Feedback;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.FeedbackStore;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingSummary;
import org.mentorhub.port.ParticipantCount;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.ProgressCount;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.Users;
import org.mentorhub.service.ProgramDashboard.AtRiskPair;
import org.mentorhub.service.ProgramDashboard.FeedbackFigures;
import org.mentorhub.service.ProgramDashboard.Participation;
import org.mentorhub.service.ProgramDashboard.Person;
import org.mentorhub.service.ProgramDashboard.WeekCount;

/**
 * Program dashboards, for the program's managers and administrators. One dashboard costs a constant number of
 * reads, whatever the number of pairs: program-wide counts (overdue milestones counted per pairing), what the period
 * needs (goal completion times, sessions and answers), and the overdue milestones of the few pairs it names; never a
 * read per pairing.
 *
 * <p>A pair is at risk when it is active and no check-in was held for two of its cadences (counted from its
 * start if it never met), or when one of its milestones is past due.
 */
public class ReportService {
    /** How many pairs at risk a dashboard names; the rest are counted. */
    public static final int AT_RISK_LISTED = 10;
    private static final int CADENCES_WITHOUT_CHECK_IN = 2;

    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final GoalStore goals;
    private final SessionStore sessions;
    private final FeedbackStore feedback;
    private final Users users;
    private final Access access;
    private final Transactions transactions;
    private final Clock clock;

    public ReportService(ProgramStore programs, ParticipantStore participants, PairingStore pairings, GoalStore goals,
                         SessionStore sessions, FeedbackStore feedback, Users users, Access access, Transactions transactions,
                         Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.pairings = pairings;
        this.goals = goals;
        this.sessions = sessions;
        this.feedback = feedback;
        this.users = users;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The programs the caller may see dashboards of, by name: every program for administrators, else those they manage. */
    public List<Program> reportablePrograms() {
        Actor actor = access.caller();
        return transactions.call(() -> programs.list().stream().filter(actor::managesProgram).toList());
    }

    /** The program's dashboard today, with the period from {@code from} to {@code to} (both included). */
    public ProgramDashboard dashboard(Id<Program> programId, LocalDate from, LocalDate to) {
        Actor actor = access.caller();
        return transactions.call(() -> {
            Program program = programs.get(programId);
            actor.requireProgramManager(program);
            return new Report(program, new ReportPeriod(from, to)).build();
        });
    }

    /** One dashboard being put together: the reads it makes and the figures computed from them. */
    private final class Report {
        private final Program program;
        private final ReportPeriod period;
        private final ZoneId zone = clock.getZone();
        private final LocalDate today = LocalDate.now(clock);

        Report(Program program, ReportPeriod period) {
            this.program = program;
            this.period = period;
        }

        ProgramDashboard build() {
            List<PairingSummary> summaries = pairings.summarize(program.id());
            Map<Id<Pairing>, Pairing> byId = summaries.stream().map(PairingSummary::pairing)
                    .collect(Collectors.toMap(Pairing::id, Function.identity()));
            List<Pairing> active = byId.values().stream().filter(p -> p.status() == PairingStatus.ACTIVE).toList();
            List<Session> checkIns = heldCheckIns(active, byId);
            List<Risk> atRisk = atRisk(active, checkIns);
            return new ProgramDashboard(program, period, today, statusCounts(summaries), goalCount(summaries),
                    goals.countMilestones(program.id()), actionPlanCount(summaries),
                    (int) checkIns.stream().filter(s -> period.contains(day(s.startsAt()))).count(),
                    feedbackFigures(feedback.listByProgram(program.id(), period.start(zone), period.end(zone))),
                    participation(byId.values()), atRisk.size(), named(atRisk.stream().limit(AT_RISK_LISTED).toList()),
                    completedGoalsByWeek());
        }

        /**
         * The held check-ins the dashboard needs: those in the period, and those in the last two cadences of each
         * active pair; one read when the two ranges meet, two when they lie apart.
         */
        private List<Session> heldCheckIns(List<Pairing> active, Map<Id<Pairing>, Pairing> byId) {
            Optional<LocalDate> recentStart = active.stream()
                    .map(p -> today.minus(cadenceOf(p).multipliedBy(CADENCES_WITHOUT_CHECK_IN)))
                    .min(Comparator.naturalOrder());
            List<Session> logged;
            if (recentStart.isEmpty()) {
                logged = read(period.from(), period.to());
            } else if (recentStart.get().isAfter(period.to().plusDays(1)) || today.isBefore(period.from().minusDays(1))) {
                logged = Stream.concat(read(period.from(), period.to()).stream(), read(recentStart.get(), today).stream()).toList();
            } else {
                logged = read(min(recentStart.get(), period.from()), max(today, period.to()));
            }
            return logged.stream().filter(s -> s.isHeldCheckInOf(byId.get(s.pairingId()))).toList();
        }

        private List<Session> read(LocalDate first, LocalDate last) {
            return sessions.listByProgram(program.id(), first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        }

        private List<Risk> atRisk(List<Pairing> active, List<Session> checkIns) {
            Map<Id<Pairing>, LocalDate> lastCheckIn = new HashMap<>();
            checkIns.stream().filter(s -> !day(s.startsAt()).isAfter(today))
                    .forEach(s -> lastCheckIn.merge(s.pairingId(), day(s.startsAt()), ReportService::max));
            Map<Id<Pairing>, Integer> overdue = goals.countOverdueMilestones(program.id(), today);
            List<Risk> risks = new ArrayList<>();
            for (Pairing pairing : active) {
                LocalDate lastContact = max(pairing.startDate(), lastCheckIn.getOrDefault(pairing.id(), pairing.startDate()));
                Period cadence = cadenceOf(pairing);
                boolean silent = lastContact.plus(cadence.multipliedBy(CADENCES_WITHOUT_CHECK_IN)).isBefore(today);
                int late = overdue.getOrDefault(pairing.id(), 0);
                if (silent || late > 0) {
                    risks.add(new Risk(pairing, cadence, silent, lastContact, late));
                }
            }
            return risks.stream().sorted(Risk.MOST_URGENT_FIRST).toList();
        }

        private Period cadenceOf(Pairing pairing) {
            return pairing.checkInCadence(program.settings().checkInCadence());
        }

        private List<WeekCount> completedGoalsByWeek() {
            List<LocalDate> weeks = period.weekStarts();
            int[] counts = new int[weeks.size()];
            for (Instant completed : goals.listGoalCompletions(program.id(), period.start(zone), period.end(zone))) {
                counts[period.weekOf(day(completed))]++;
            }
            List<WeekCount> trend = new ArrayList<>(weeks.size());
            for (int week = 0; week < weeks.size(); week++) {
                trend.add(new WeekCount(weeks.get(week), counts[week]));
            }
            return trend;
        }

        private Participation participation(Collection<Pairing> all) {
            ParticipantCount counts = participants.countByProgram(program.id());
            Set<UserKey> paired = new HashSet<>();
            all.stream().filter(p -> p.status().holdsCapacity()).forEach(p -> paired.addAll(p.members()));
            return new Participation(counts.enrolled(), counts.optedIn(), counts.mentors(), counts.mentees(), paired.size());
        }

        /** The pairs a dashboard lists, with their earliest overdue milestone: read for them alone. */
        private List<AtRiskPair> named(List<Risk> listed) {
            Map<Id<Pairing>, Milestone> firstOverdue = new HashMap<>();
            goals.listOverdueMilestones(listed.stream().filter(r -> r.overdue() > 0).map(r -> r.pairing().id()).toList(), today)
                    .forEach(m -> firstOverdue.putIfAbsent(m.pairingId(), m));
            return listed.stream().map(risk -> {
                Pairing pairing = risk.pairing();
                List<Person> mentees = pairing.mentees().stream().map(ReportService.this::person).toList();
                return new AtRiskPair(pairing.id(), person(pairing.mentor()), mentees, risk.cadence(), risk.silent(), risk.overdue(),
                        firstOverdue.get(pairing.id()));
            }).toList();
        }

        private LocalDate day(Instant instant) {
            return LocalDate.ofInstant(instant, zone);
        }
    }

    private static Map<PairingStatus, Integer> statusCounts(List<PairingSummary> summaries) {
        Map<PairingStatus, Integer> counts = new EnumMap<>(PairingStatus.class);
        summaries.forEach(s -> counts.merge(s.pairing().status(), 1, Integer::sum));
        return counts;
    }

    private static ProgressCount goalCount(List<PairingSummary> summaries) {
        return summaries.stream().map(s -> new ProgressCount(s.goals(), s.goalsDone())).reduce(ProgressCount.NONE, ProgressCount::plus);
    }

    /** Pairings with a plan, and those whose every goal is done. */
    private static ProgressCount actionPlanCount(List<PairingSummary> summaries) {
        List<PairingSummary> planned = summaries.stream().filter(s -> s.goals() > 0).toList();
        return new ProgressCount(planned.size(), (int) planned.stream().filter(s -> s.goalsDone() == s.goals()).count());
    }

    private static FeedbackFigures feedbackFigures(List<Feedback> answers) {
        OptionalDouble averageRating = answers.stream().flatMap(a -> a.ratings().values().stream()).mapToInt(Integer::intValue).average();
        OptionalDouble confidenceChange = answers.stream()
                .filter(a -> a.confidenceBefore() != null && a.confidenceAfter() != null)
                .mapToInt(a -> a.confidenceAfter() - a.confidenceBefore())
                .average();
        return new FeedbackFigures(answers.size(), averageRating, Enps.of(answers.stream().map(Feedback::recommendScore).toList()),
                confidenceChange);
    }

    private Person person(UserKey user) {
        return new Person(user, users.displayName(user));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** An active pairing at risk, and what makes it so. */
    private record Risk(Pairing pairing, Period cadence, boolean silent, LocalDate lastContact, int overdue) {
        /** Both reasons first, then the longest without a check-in, then the most overdue milestones. */
        static final Comparator<Risk> MOST_URGENT_FIRST = Comparator
                .comparing((Risk r) -> r.silent() && r.overdue() > 0).reversed()
                .thenComparing(Risk::lastContact)
                .thenComparing(Risk::overdue, Comparator.reverseOrder())
                .thenComparing(r -> r.pairing().createdAt());
    }
}
