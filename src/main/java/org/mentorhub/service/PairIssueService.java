package org.mentorhub.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.ActionPlan;
import org.mentorhub.domain.Agreement;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.Session;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.Transactions;
import org.mentorhub.port.Users;

/**
 * The pairing behind a Jira issue, for the panel on that issue. Only the pair, the program's managers and administrators
 * see it; for anyone else, anonymous visitors, and issues no pairing is mirrored by, there is no panel (not an error:
 * the issue page asks on every view).
 */
public class PairIssueService {
    private final ProgramStore programs;
    private final PairingStore pairings;
    private final GoalStore goals;
    private final SessionStore sessions;
    private final Users users;
    private final Access access;
    private final Transactions transactions;
    private final Clock clock;

    public PairIssueService(ProgramStore programs, PairingStore pairings, GoalStore goals, SessionStore sessions, Users users,
                            Access access, Transactions transactions, Clock clock) {
        this.programs = programs;
        this.pairings = pairings;
        this.goals = goals;
        this.sessions = sessions;
        this.users = users;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether the caller sees a panel on the issue: the cheap question, without the plan and check-ins. */
    public boolean showsPanel(IssueKey issue) {
        return transactions.call(() -> visible(issue).isPresent());
    }

    public Optional<PairIssuePanel> panel(IssueKey issue) {
        return transactions.call(() -> visible(issue).map(this::panel));
    }

    /** The pairing behind the issue with its program, read once, if the caller may see it. */
    private Optional<PairInProgram> visible(IssueKey issue) {
        return access.signedIn().flatMap(actor -> pairings.findByIssueKey(issue)
                .map(pairing -> new PairInProgram(pairing, programs.get(pairing.programId())))
                .filter(pair -> actor.isPairMember(pair.pairing()) || actor.managesProgram(pair.program())));
    }

    private PairIssuePanel panel(PairInProgram pair) {
        Pairing pairing = pair.pairing();
        Program program = pair.program();
        Agreement agreement = pairing.agreement();
        return new PairIssuePanel(pairing.id(), program.id(), program.settings().name(), pairing.status(), member(pairing, pairing.mentor()),
                pairing.mentees().stream().map(mentee -> member(pairing, mentee)).toList(),
                agreement == null ? null : new PairIssuePanel.Terms(agreement.terms().meetingCadence(), agreement.terms().duration(),
                        agreement.isAcceptedByAll(pairing.mentees())),
                pairing.startDate(), pairing.endDate(), progress(goals.actionPlan(pairing.id())),
                nextCheckIn(pairing, pairing.checkInCadence(program.settings().checkInCadence())));
    }

    private PairIssuePanel.Member member(Pairing pairing, UserKey user) {
        return new PairIssuePanel.Member(user, users.displayName(user), pairing.hasAccepted(user));
    }

    private static PairIssuePanel.Progress progress(ActionPlan plan) {
        List<Milestone> milestones = plan.milestones();
        return new PairIssuePanel.Progress(
                plan.goals().stream().map(goal -> new PairIssuePanel.Goal(goal.title(), goal.status() == ProgressStatus.DONE)).toList(),
                milestones.size(), (int) milestones.stream().filter(m -> m.status() == ProgressStatus.DONE).count());
    }

    /** A check-in logged ahead is the next one; else the next is due a cadence after the last one held (or the start). */
    private PairIssuePanel.NextCheckIn nextCheckIn(Pairing pairing, Period cadence) {
        Instant now = clock.instant();
        List<Session> logged = sessions.listByPairing(pairing.id());
        Optional<Instant> planned = logged.stream().map(Session::startsAt).filter(now::isBefore).min(Comparator.naturalOrder());
        Optional<Instant> lastHeld = logged.stream().filter(s -> !s.startsAt().isAfter(now) && s.isHeldCheckInOf(pairing))
                .map(Session::startsAt).max(Comparator.naturalOrder());
        LocalDate due = null;
        if (planned.isEmpty() && pairing.status() == PairingStatus.ACTIVE) {
            LocalDate from = lastHeld.map(held -> LocalDate.ofInstant(held, clock.getZone())).filter(day -> day.isAfter(pairing.startDate()))
                    .orElse(pairing.startDate());
            due = from.plus(cadence);
        }
        return new PairIssuePanel.NextCheckIn(planned.orElse(null), lastHeld.orElse(null), due, cadence);
    }

    private record PairInProgram(Pairing pairing, Program program) {
    }
}
