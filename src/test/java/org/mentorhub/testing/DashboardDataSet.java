package org.mentorhub.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.sandbox.SandboxHost;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.EnrollmentForm;
import org.mentorhub.service.FeedbackForm;
import org.mentorhub.service.SessionForm;
import org.mentorhub.service.UseCases;

/**
 * A program whose dashboard is known, seeded through the use cases by the people involved, all of it today (so it
 * seeds the same on any store and with the real clock). Managed by Pat Programme ({@code pat.manager}):
 * <ul>
 *   <li>A: Maria with Mina, active; one goal, its milestone overdue since yesterday; a check-in today.</li>
 *   <li>B: Maria with Tom, active; a goal done (its milestone done) and a goal open; a session today Tom missed.</li>
 *   <li>C: Omar with the third mentee, active; one goal, its milestone overdue for three days; a check-in today.</li>
 *   <li>D: Omar with Jonas, completed today with its one goal done; final feedback from both.</li>
 *   <li>Ana enrolled and is not paired; Sam enrolled and opted out.</li>
 * </ul>
 * Its dashboard: 3 active pairs, 2 check-ins held, action plans 1 of 4, 2 pairs at risk (A, then C), goals 2 of 5,
 * milestones 1 of 4, 5 of 7 opted-in people paired (8 enrolled, 2 mentors, 5 mentees), 2 goals completed this week,
 * 2 survey answers averaging 4.3 of 5, eNPS 0, confidence +2.0.
 */
public final class DashboardDataSet {
    public static final String ADMIN = "JIRAUSER10000";
    public static final String MANAGER = "JIRAUSER10001";
    public static final String MANAGER_USERNAME = "pat.manager";
    public static final String MARIA = "JIRAUSER10003";
    public static final String OMAR = "JIRAUSER10004";
    public static final String MINA = "JIRAUSER10005";
    public static final String MINA_USERNAME = "mina.mentee";
    public static final String TOM = "JIRAUSER10006";
    public static final String NOOR = "JIRAUSER18001";
    public static final String JONAS = "JIRAUSER18002";
    public static final String ANA = "JIRAUSER18003";
    public static final String SAM = "JIRAUSER18004";

    /**
     * What differs between a plain and a stored-XSS seeding: the program's name, pair A's goal and overdue
     * milestone, and pair C's mentee.
     */
    public record Texts(String programName, String goalTitle, String overdueMilestoneTitle, String thirdMentee) {
        public static Texts plain() {
            return new Texts("Leadership 2025", "Give a talk at the guild", "Draft the slides", NOOR);
        }

        /** Payloads the dashboard shows: the program name, the overdue milestone, pair C's mentee (by name). */
        public static Texts storedXss() {
            return new Texts(StoredXss.PAYLOADS.get(3), StoredXss.PAYLOADS.get(0), StoredXss.PAYLOADS.get(1), StoredXss.userKey(2));
        }
    }

    /** The seeded program and its pairs A to D. */
    public record Seeded(Program program, List<Pairing> pairs) {
    }

    private final UseCases core;
    private final SandboxUsers users;

    public DashboardDataSet(UseCases core, SandboxUsers users) {
        this.core = core;
        this.users = users;
    }

    /** The data set for a running sandbox host, seeded through the use cases of the plugin's own composition root. */
    public static DashboardDataSet forHost(SandboxHost host, SandboxUsers users) {
        return new DashboardDataSet(SandboxCore.useCases(host), users);
    }

    /** Seeds the plain data set unless the host's database already holds a program (the sandbox keeps its data). */
    public void seedIfEmpty() {
        if (as(ADMIN, () -> core.programs().list()).isEmpty()) {
            seed(Texts.plain());
        }
    }

    /** The people of the data set the demo users lack. */
    public static void addPeople(SandboxUsers users) {
        Map.of(NOOR, "Noor Nasser", JONAS, "Jonas Berg", ANA, "Ana Souza", SAM, "Sam Okoye").forEach((key, name) -> {
            String username = name.toLowerCase(Locale.ROOT).replace(' ', '.');
            users.add(new SandboxUser(key, username, name, username + "@example.com", Set.of(SandboxUser.USERS)));
        });
    }

    public Seeded seed(Texts texts) {
        LocalDate today = LocalDate.now();
        Program draft = as(ADMIN, () -> core.programs().create(new ProgramSettings(texts.programName(), null, ProgramType.ONE_ON_ONE,
                MatchingMode.ADMIN, new DateRange(today.minusDays(1), today.plusDays(60)), Period.ofMonths(6), Period.ofDays(14), 2,
                CriteriaWeights.balanced(), false, false, null, null, Set.of(new UserKey(MANAGER)))));
        as(MANAGER, () -> core.programs().changeStatus(draft.id(), ProgramStatus.ENROLLING));
        enroll(draft, MARIA, 3, ParticipantRole.MENTOR);
        enroll(draft, OMAR, 2, ParticipantRole.MENTOR);
        for (String mentee : List.of(MINA, TOM, texts.thirdMentee(), JONAS, ANA, SAM)) {
            enroll(draft, mentee, 0, ParticipantRole.MENTEE);
        }
        as(SAM, () -> core.enrollment().optOut(draft.id()));
        Program program = as(MANAGER, () -> core.programs().changeStatus(draft.id(), ProgramStatus.MATCHING));

        Pairing a = activePair(program, MARIA, MINA);
        Pairing b = activePair(program, MARIA, TOM);
        Pairing c = activePair(program, OMAR, texts.thirdMentee());
        Pairing d = activePair(program, OMAR, JONAS);

        Goal talk = as(MINA, () -> core.progress().addGoal(a.id(), texts.goalTitle(), null, null));
        as(MINA, () -> core.progress().addMilestone(talk.id(), texts.overdueMilestoneTitle(), today.minusDays(1)));
        Goal retro = as(TOM, () -> core.progress().addGoal(b.id(), "Lead a retrospective", null, null));
        Milestone room = as(TOM, () -> core.progress().addMilestone(retro.id(), "Book a room", today.plusDays(7)));
        as(TOM, () -> core.progress().completeMilestone(room.id()));
        as(TOM, () -> core.progress().completeGoal(retro.id()));
        Goal adr = as(TOM, () -> core.progress().addGoal(b.id(), "Write an ADR", null, null));
        as(TOM, () -> core.progress().addMilestone(adr.id(), "Outline the options", today.plusDays(14)));
        Goal billing = as(texts.thirdMentee(), () -> core.progress().addGoal(c.id(), "Learn the billing domain", null, null));
        as(texts.thirdMentee(), () -> core.progress().addMilestone(billing.id(), "Shadow a support shift", today.minusDays(3)));
        Goal present = as(JONAS, () -> core.progress().addGoal(d.id(), "Present to the team", null, null));
        as(JONAS, () -> core.progress().completeGoal(present.id()));

        checkIn(a, MARIA, Attendance.ATTENDED);
        checkIn(b, MARIA, Attendance.ABSENT);
        checkIn(c, OMAR, Attendance.ATTENDED);

        as(MANAGER, () -> core.pairings().complete(d.id()));
        answer(d, JONAS, Map.of(RatingQuestion.RELATIONSHIP, 5, RatingQuestion.MEETING_VALUE, 4), 10, 2, 4);
        answer(d, OMAR, Map.of(RatingQuestion.RELATIONSHIP, 4), 6, null, null);
        return new Seeded(program, List.of(a, b, c, d));
    }

    private void enroll(Program program, String user, int mentorCapacity, ParticipantRole role) {
        as(user, () -> core.enrollment().enroll(program.id(), new EnrollmentForm(EnumSet.of(role), ParticipantSource.EMPLOYEE,
                TestData.profile(mentorCapacity), Set.of(ConsentScope.PARTICIPATION), "v1")));
    }

    private Pairing activePair(Program program, String mentor, String mentee) {
        Id<Pairing> id = as(MANAGER, () -> core.pairings().propose(program.id(), new UserKey(mentor), List.of(new UserKey(mentee)), null)).id();
        as(mentor, () -> core.pairings().accept(id));
        as(MANAGER, () -> core.pairings().setAgreement(id,
                new AgreementTerms(true, Period.ofDays(14), Period.ofMonths(6), "Meet every two weeks; agenda a day ahead")));
        as(mentor, () -> core.pairings().acceptAgreement(id));
        return as(mentee, () -> core.pairings().acceptAgreement(id));
    }

    /** A check-in now, with the mentor there and the mentee as given. */
    private void checkIn(Pairing pairing, String mentor, Attendance mentee) {
        as(mentor, () -> core.sessions().log(pairing.id(), new SessionForm(Instant.now(), Duration.ofMinutes(45), "Goals and next steps",
                null, null, Map.of(new UserKey(mentor), Attendance.ATTENDED, pairing.mentees().get(0), mentee))));
    }

    private void answer(Pairing pairing, String respondent, Map<RatingQuestion, Integer> ratings, int recommend, Integer before,
                        Integer after) {
        as(respondent, () -> core.feedback().submit(pairing.id(),
                new FeedbackForm(FeedbackKind.FINAL, ratings, recommend, before, after, null)));
    }

    private <T> T as(String userKey, Supplier<T> work) {
        return SandboxCore.as(users, userKey, work);
    }
}
