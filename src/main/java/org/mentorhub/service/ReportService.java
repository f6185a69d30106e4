package org.mentorhub.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorhub.domain.Enps;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.FeedbackScores;
import org.mentorhub.port.FeedbackStore;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.PairingStanding;
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
 * reads, whatever the number of pairs, and none of them reads every goal, milestone or check-in: where each of the
 * program's pairings stands, with the progress stored with it ({@link PairingProgress}), counts and completion times bounded by the
 * period, and the overdue milestones of the few pairs it names.
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
            List<PairingStanding> standings = pairings.standings(program.id());
            List<Risk> atRisk = atRisk(standings.stream().filter(s -> s.status() == PairingStatus.ACTIVE).toList());
            return new ProgramDashboard(program, period, today, statusCounts(standings),
                    total(standings, p -> new ProgressCount(p.goals(), p.goalsDone())),
                    total(standings, p -> new ProgressCount(p.milestones(), p.milestonesDone())), actionPlanCount(standings),
                    sessions.countHeldCheckIns(program.id(), period.start(zone), period.end(zone)),
                    feedbackFigures(feedback.listScores(program.id(), period.start(zone), period.end(zone))),
                    participation(standings), atRisk.size(), named(atRisk), completedGoalsByWeek());
        }

        private List<Risk> atRisk(List<PairingStanding> active) {
            Map<Id<Pairing>, Instant> lastHeld = lastHeldByToday(active);
            List<Risk> risks = new ArrayList<>();
            for (PairingStanding pairing : active) {
                Instant held = lastHeld.get(pairing.id());
                LocalDate lastContact = held == null ? pairing.startDate() : max(pairing.startDate(), day(held));
                Period cadence = pairing.checkInCadence(program.settings().checkInCadence());
                boolean silent = lastContact.plus(cadence.multipliedBy(CADENCES_WITHOUT_CHECK_IN)).isBefore(today);
                boolean late = pairing.progress().hasMilestoneOverdueOn(today);
                if (silent || late) {
                    risks.add(new Risk(pairing, cadence, silent, lastContact, late));
                }
            }
            return risks;
        }

        /**
         * When each active pair last held a check-in, today at the latest. The stored progress says so, unless a held
         * check-in was logged ahead of today: those few pairs are read.
         */
        private Map<Id<Pairing>, Instant> lastHeldByToday(List<PairingStanding> active) {
            Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
            Map<Id<Pairing>, Instant> lastHeld = new HashMap<>();
            List<Id<Pairing>> heldAhead = new ArrayList<>();
            for (PairingStanding pairing : active) {
                Instant held = pairing.progress().lastHeldCheckIn();
                if (held != null && held.isBefore(tomorrow)) {
                    lastHeld.put(pairing.id(), held);
                } else if (held != null) {
                    heldAhead.add(pairing.id());
                }
            }
            if (!heldAhead.isEmpty()) {
                lastHeld.putAll(sessions.lastHeldCheckIns(heldAhead, tomorrow));
            }
            return lastHeld;
        }

        /** One count per week, by the program and completion time, so a busy program costs no more than a quiet one. */
        private List<WeekCount> completedGoalsByWeek() {
            List<LocalDate> weeks = period.weekStarts();
            List<WeekCount> trend = new ArrayList<>(weeks.size());
            for (int week = 0; week < weeks.size(); week++) {
                Instant end = week + 1 < weeks.size() ? weeks.get(week + 1).atStartOfDay(zone).toInstant() : period.end(zone);
                trend.add(new WeekCount(weeks.get(week), goals.countGoalsCompleted(program.id(), weeks.get(week).atStartOfDay(zone).toInstant(), end)));
            }
            return trend;
        }

        private Participation participation(List<PairingStanding> all) {
            ParticipantCount counts = participants.countByProgram(program.id());
            Set<UserKey> paired = new HashSet<>(4 * all.size());
            for (PairingStanding pairing : all) {
                if (pairing.status().holdsCapacity()) {
                    paired.add(pairing.mentor());
                    paired.addAll(pairing.mentees());
                }
            }
            return new Participation(counts.enrolled(), counts.optedIn(), counts.mentors(), counts.mentees(), paired.size());
        }

        /**
         * The most urgent pairs, with their overdue milestones. How many milestones are overdue only breaks ties of
         * reasons and last contact, so those are read for the pairs that can still make the list: the first
         * {@link #AT_RISK_LISTED} by reasons and last contact, and any tied with the last of them.
         */
        private List<AtRiskPair> named(List<Risk> risks) {
            List<Risk> byReasons = risks.stream().sorted(Risk.REASONS_AND_CONTACT).toList();
            List<Risk> contenders = byReasons;
            if (byReasons.size() > AT_RISK_LISTED) {
                Risk last = byReasons.get(AT_RISK_LISTED - 1);
                contenders = byReasons.stream().takeWhile(r -> Risk.REASONS_AND_CONTACT.compare(r, last) <= 0).toList();
            }
            Map<Id<Pairing>, List<Milestone>> overdue = goals.listOverdueMilestones(
                            contenders.stream().filter(Risk::late).map(r -> r.pairing().id()).toList(), today).stream()
                    .collect(Collectors.groupingBy(Milestone::pairingId));
            Function<Risk, List<Milestone>> overdueOf = r -> overdue.getOrDefault(r.pairing().id(), List.of());
            Comparator<Risk> mostUrgentFirst = Risk.REASONS_AND_CONTACT
                    .thenComparing(r -> overdueOf.apply(r).size(), Comparator.reverseOrder())
                    .thenComparing(r -> r.pairing().createdAt())
                    .thenComparing(r -> r.pairing().id().value());
            return contenders.stream().sorted(mostUrgentFirst).limit(AT_RISK_LISTED).map(risk -> {
                PairingStanding pairing = risk.pairing();
                List<Milestone> late = overdueOf.apply(risk);
                List<Person> mentees = pairing.mentees().stream().map(ReportService.this::person).toList();
                return new AtRiskPair(pairing.id(), person(pairing.mentor()), mentees, risk.cadence(), risk.silent(), late.size(),
                        late.isEmpty() ? null : late.get(0));
            }).toList();
        }

        private LocalDate day(Instant instant) {
            return LocalDate.ofInstant(instant, zone);
        }
    }

    private static Map<PairingStatus, Integer> statusCounts(List<PairingStanding> standings) {
        Map<PairingStatus, Integer> counts = new EnumMap<>(PairingStatus.class);
        standings.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        return counts;
    }

    private static ProgressCount total(List<PairingStanding> standings, Function<PairingProgress, ProgressCount> count) {
        return standings.stream().map(s -> count.apply(s.progress())).reduce(ProgressCount.NONE, ProgressCount::plus);
    }

    /** Pairings with a plan, and those whose every goal is done. */
    private static ProgressCount actionPlanCount(List<PairingStanding> standings) {
        List<PairingProgress> planned = standings.stream().map(PairingStanding::progress).filter(p -> p.goals() > 0).toList();
        return new ProgressCount(planned.size(), (int) planned.stream().filter(PairingProgress::planComplete).count());
    }

    private static FeedbackFigures feedbackFigures(List<FeedbackScores> answers) {
        OptionalDouble averageRating = answers.stream().flatMap(a -> a.ratings().values().stream()).mapToInt(Integer::intValue).average();
        OptionalDouble confidenceChange = answers.stream()
                .filter(a -> a.confidenceBefore() != null && a.confidenceAfter() != null)
                .mapToInt(a -> a.confidenceAfter() - a.confidenceBefore())
                .average();
        return new FeedbackFigures(answers.size(), averageRating, Enps.of(answers.stream().map(FeedbackScores::recommendScore).toList()),
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

    /** An active pairing at risk, and what makes it so: no recent check-in, an overdue milestone, or both. */
    private record Risk(PairingStanding pairing, Period cadence, boolean silent, LocalDate lastContact, boolean late) {
        /** Both reasons first, then the longest without a check-in; the most overdue milestones break ties. */
        static final Comparator<Risk> REASONS_AND_CONTACT = Comparator
                .comparing((Risk r) -> r.silent() && r.late()).reversed()
                .thenComparing(Risk::lastContact);
    }
}
