package org.mentorhub.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.adapter.ao.AoReportingLines;
import org.mentorhub.sandbox.DemoUsers;
import org.mentorhub.sandbox.SandboxHost;
import org.mentorhub.sandbox.SandboxMain;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.EnrollmentForm;
import org.mentorhub.service.FeedbackForm;
import org.mentorhub.service.SessionForm;
import org.mentorhub.service.UseCases;
import org.mentorhub.testing.DashboardDataSet;
import org.mentorhub.testing.SandboxActors;

/**
 * What {@code ./mvnw -Psandbox} shows people clicking around: the {@link DashboardDataSet} program (whose dashboard the
 * tests prove) and six more programs of every type and matching mode, one still a draft and one closed, with the
 * {@link DemoPeople} crowd and the demo users taking part. Everything goes through the use cases, acting as the person
 * who would do it, with a seeded {@link Random}, so every start on an empty database seeds the same story (only dates
 * follow today and record ids are random).
 *
 * <p>The demo users' parts: Pat Programme manages every program; Maria mentors (pairs in several programs, a request
 * from Mina waiting for her answer); Omar mentors; Mina has a mentor, goals (one overdue) and check-ins, and mentors in
 * the reverse program after accepting Lee's nomination; Tom has a mentor, an expert consultation and a nomination he
 * declined; Lee Linemanager nominated his reports and has a nomination of his own to answer.
 */
public final class DemoData {
    public static final UserKey ADMIN = new UserKey(DashboardDataSet.ADMIN);
    public static final UserKey PAT = new UserKey(DashboardDataSet.MANAGER);
    public static final UserKey LEE = new UserKey("JIRAUSER10002");
    public static final UserKey MARIA = new UserKey(DashboardDataSet.MARIA);
    public static final UserKey OMAR = new UserKey(DashboardDataSet.OMAR);
    public static final UserKey MINA = new UserKey(DashboardDataSet.MINA);
    public static final UserKey TOM = new UserKey(DashboardDataSet.TOM);
    private static final String CONSENT_POLICY = "v1";
    private static final List<String> GOALS = List.of("Give a talk at the guild", "Lead a retrospective", "Write an ADR",
        "Own an incident review", "Ship a feature end to end", "Run a customer interview", "Prepare for promotion",
        "Learn the billing domain", "Mentor an intern", "Present to the leadership team", "Improve estimation",
        "Build a cost dashboard");
    private static final List<String> MILESTONES = List.of("Draft an outline", "Book a slot", "Shadow a session",
        "Get feedback on a draft", "Pair on a first attempt", "Read the team's runbooks", "Collect examples",
        "Agree success criteria");
    private static final List<String> AGENDAS = List.of("Goals and next steps", "Review the draft together",
        "Career conversation", "What went well, what did not", "Prepare the presentation", "Plan the next quarter");

    private final UseCases core;
    private final SandboxActors actors;
    private final DemoPeople crowd;
    private final Random random;
    private final LocalDate today = LocalDate.now();
    private final Map<UserKey, Profile> profiles = new HashMap<>();
    private final Map<UserKey, UserKey> managers = new HashMap<>();
    /** Mentor capacity by program id and user key. */
    private final Map<String, Integer> capacities = new HashMap<>();

    public DemoData(SandboxActors actors, DemoPeople crowd, long seed) {
        this.core = actors.core();
        this.actors = actors;
        this.crowd = crowd;
        this.random = new Random(seed);
        Random demoProfiles = new Random(seed + 1);
        Map<UserKey, CareerLevel> levels = new LinkedHashMap<>();
        levels.put(ADMIN, CareerLevel.DIRECTOR);
        levels.put(PAT, CareerLevel.MANAGER);
        levels.put(LEE, CareerLevel.MANAGER);
        levels.put(MARIA, CareerLevel.LEAD);
        levels.put(OMAR, CareerLevel.SENIOR);
        levels.put(MINA, CareerLevel.ENTRY);
        levels.put(TOM, CareerLevel.PROFESSIONAL);
        for (String key : List.of(DashboardDataSet.NOOR, DashboardDataSet.JONAS, DashboardDataSet.ANA, DashboardDataSet.SAM)) {
            levels.put(new UserKey(key), CareerLevel.PROFESSIONAL);
        }
        levels.forEach((user, level) -> profiles.put(user, DemoPeople.profile(demoProfiles, level, null)));
        crowd.all().forEach(person -> profiles.put(person.key(), person.profile()));
        DemoUsers.MANAGERS.forEach((user, manager) -> managers.put(new UserKey(user), new UserKey(manager)));
        managers.putAll(crowd.managers());
    }

    /**
     * What was seeded: programs and pairings by status as the database holds them; goals, milestones, check-ins, survey
     * answers, nominations and training completions as created (whatever happened to them later).
     */
    public record Summary(int programs, Map<PairingStatus, Integer> pairings, int goals, int milestones, int checkIns,
                          int feedback, int nominations, int trainingCompletions) {
    }

    private int goalCount;
    private int milestoneCount;
    private int checkInCount;
    private int feedbackCount;
    private int nominationCount;
    private int completionCount;

    /**
     * The demo data for a running sandbox host whose directory holds the demo users, the {@link DashboardDataSet}'s people
     * and {@code crowd}: records everyone's reporting line in the directory (as an HR import would; recording again
     * changes nothing), then seeds through the host's use cases.
     */
    public static DemoData forHost(SandboxHost host, SandboxUsers users, DemoPeople crowd, long seed) {
        SandboxMain.recordDemoReportingLines(host);
        AoReportingLines lines = host.container().components().stream()
            .filter(AoReportingLines.class::isInstance).map(AoReportingLines.class::cast).findFirst().orElseThrow();
        crowd.managers().forEach(lines::record);
        return new DemoData(SandboxActors.forHost(host, users), crowd, seed);
    }

    /** Seeds everything unless the database already holds a program (the sandbox keeps its data between starts). */
    public java.util.Optional<Summary> seedIfEmpty() {
        if (!as(ADMIN, () -> core.programs().list()).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(seed());
    }

    public Summary seed() {
        new DashboardDataSet(actors).seed(DashboardDataSet.Texts.plain());
        List<UserKey> people = new ArrayList<>(crowd.all().stream().map(DemoPeople.Person::key).toList());
        engineering(take(people, 110));
        sales(take(people, 45));
        circles(take(people, 26));
        reverse(take(people, 20));
        experts(take(people, 40));
        graduates(take(people, 30));
        draft();
        nominations();
        List<Program> programs = as(ADMIN, () -> core.programs().list());
        Map<PairingStatus, Integer> statuses = new EnumMap<>(PairingStatus.class);
        for (Program program : programs) {
            as(PAT, () -> core.pairings().overview(program.id()))
                .forEach(summary -> statuses.merge(summary.pairing().status(), 1, Integer::sum));
        }
        return new Summary(programs.size(), Map.copyOf(statuses), goalCount, milestoneCount, checkInCount, feedbackCount,
            nominationCount, completionCount);
    }

    /** One-on-one, self-matching, diversity preferences allowed; Maria and Omar mentor, Mina's request waits for Maria. */
    private void engineering(List<UserKey> people) {
        Map<MatchCriterion, Integer> weights = new EnumMap<>(CriteriaWeights.balanced().weights());
        weights.put(MatchCriterion.DIVERSITY, 3);
        Program program = program("Engineering mentoring 2026", "Opt in as a mentor or a mentee and choose your mentor.",
            ProgramType.ONE_ON_ONE, MatchingMode.SELF, new CriteriaWeights(weights), false, true);
        TrainingMaterial guide = material(program, "Mentoring guide for engineers", Set.of(ParticipantRole.MENTOR,
            ParticipantRole.MENTEE), false);
        List<UserKey> mentors = new ArrayList<>(List.of(OMAR));
        mentors.addAll(people.subList(0, 30));
        List<UserKey> mentees = new ArrayList<>(people.subList(30, people.size()));
        enroll(program, MARIA, 3, ParticipantRole.MENTOR);
        mentors.forEach(mentor -> enroll(program, mentor, 2 + random.nextInt(2), ParticipantRole.MENTOR));
        enroll(program, MINA, 0, ParticipantRole.MENTEE);
        mentees.forEach(mentee -> enroll(program, mentee, 0, ParticipantRole.MENTEE));
        people.stream().filter(p -> random.nextInt(3) == 0).forEach(p -> complete(guide, p));
        launch(program, ProgramStatus.MATCHING);
        live(request(program, mentees.remove(0), MARIA), PairingStatus.ACTIVE);
        live(request(program, mentees.remove(0), MARIA), PairingStatus.COMPLETED);
        request(program, MINA, MARIA);
        pairUp(program, mentors, mentees.subList(0, 65), this::request);
        launch(program, ProgramStatus.RUNNING);
        linkIssues(program, "MENT");
    }

    /** The program manager links each of the program's pairs, oldest first, to its Jira issue: {@code MENT-1}, {@code MENT-2}, ... */
    private void linkIssues(Program program, String projectKey) {
        List<Pairing> pairs = as(PAT, () -> core.pairings().overview(program.id())).stream().map(summary -> summary.pairing())
            .filter(pairing -> pairing.status().isPair()).toList();
        for (int number = 1; number <= pairs.size(); number++) {
            IssueKey key = new IssueKey(projectKey + "-" + number);
            Pairing pair = pairs.get(number - 1);
            as(PAT, () -> core.pairings().linkIssue(pair.id(), key));
        }
    }

    /** One-on-one, hybrid: the manager proposes, mentees may ask too; mentors must complete the required training first. */
    private void sales(List<UserKey> people) {
        Program program = program("Sales onboarding buddies", "New sales colleagues paired with experienced ones.",
            ProgramType.ONE_ON_ONE, MatchingMode.HYBRID, CriteriaWeights.balanced(), true, false);
        TrainingMaterial course = material(program, "Mentor essentials (45 minutes)", Set.of(ParticipantRole.MENTOR), true);
        List<UserKey> mentors = new ArrayList<>(people.subList(0, 14));
        mentors.add(OMAR);
        List<UserKey> mentees = people.subList(14, people.size());
        enroll(program, mentors, 2, mentees);
        mentors.stream().filter(mentor -> !mentor.equals(mentors.get(0))).forEach(mentor -> complete(course, mentor));
        launch(program, ProgramStatus.MATCHING);
        pairUp(program, mentors.subList(1, mentors.size()), mentees.subList(0, 24),
            (p, mentee, mentor) -> random.nextInt(4) == 0 ? request(p, mentee, mentor) : propose(p, mentor, List.of(mentee)));
        launch(program, ProgramStatus.RUNNING);
    }

    /** Group mentoring, proposed by the manager: circles of three mentees. */
    private void circles(List<UserKey> people) {
        Program program = program("Architecture circles", "Small groups that meet every three weeks around a design question.",
            ProgramType.GROUP, MatchingMode.ADMIN, CriteriaWeights.balanced(), false, false);
        List<UserKey> mentors = people.subList(0, 6);
        List<UserKey> mentees = people.subList(6, people.size());
        enroll(program, mentors, 4, mentees);
        launch(program, ProgramStatus.MATCHING);
        for (int group = 0; group < mentors.size(); group++) {
            UserKey mentor = mentors.get(group);
            List<UserKey> members = mentees.subList(group * 3, group * 3 + 3).stream().filter(mentee -> eligible(mentor, mentee)).toList();
            if (!members.isEmpty()) {
                live(propose(program, mentor, members), group == 5 ? PairingStatus.PROPOSED
                    : group == 4 ? PairingStatus.COMPLETED : PairingStatus.ACTIVE);
            }
        }
        launch(program, ProgramStatus.RUNNING);
    }

    /** Reverse mentoring: junior colleagues mentor senior leaders; Mina joins as a mentor through Lee's nomination. */
    private void reverse(List<UserKey> people) {
        Program program = program("Reverse mentoring: AI tools", "Early-career colleagues show leaders how they work with AI tools.",
            ProgramType.REVERSE, MatchingMode.ADMIN, CriteriaWeights.balanced(), false, false);
        List<UserKey> juniors = people.stream().filter(p -> level(p).compareTo(CareerLevel.PROFESSIONAL) <= 0).toList();
        List<UserKey> seniors = people.stream().filter(p -> level(p).compareTo(CareerLevel.LEAD) >= 0).toList();
        juniors.forEach(junior -> enroll(program, junior, 1, ParticipantRole.MENTOR));
        seniors.forEach(senior -> enroll(program, senior, 0, ParticipantRole.MENTEE));
        enroll(program, ADMIN, 0, ParticipantRole.MENTEE);
        Nomination mina = nominate(LEE, program, MINA, ParticipantRole.MENTOR, "Mina teaches the whole team her prompt tricks.");
        as(MINA, () -> core.nominations().accept(mina.id(), form(MINA, 1, EnumSet.noneOf(ParticipantRole.class))));
        launch(program, ProgramStatus.MATCHING);
        live(propose(program, MINA, List.of(ADMIN)), PairingStatus.ACTIVE);
        List<UserKey> mentors = new ArrayList<>(juniors);
        pairUp(program, mentors, seniors, (p, mentee, mentor) -> propose(p, mentor, List.of(mentee)));
        launch(program, ProgramStatus.RUNNING);
    }

    /** Just-in-time: people ask an expert for a short consultation; a mentee may ask several experts. */
    private void experts(List<UserKey> people) {
        Program program = program("Ask an expert", "Short, topic-based help: ask an expert for a few sessions.",
            ProgramType.JUST_IN_TIME, MatchingMode.SELF, CriteriaWeights.balanced(), false, false);
        List<UserKey> experts = new ArrayList<>(people.subList(0, 10));
        experts.add(MARIA);
        List<UserKey> askers = new ArrayList<>(people.subList(10, people.size()));
        launch(program, ProgramStatus.MATCHING);
        launch(program, ProgramStatus.RUNNING);
        experts.forEach(expert -> enroll(program, expert, 3, ParticipantRole.MENTOR));
        enroll(program, TOM, 0, ParticipantRole.MENTEE);
        askers.forEach(asker -> enroll(program, asker, 0, ParticipantRole.MENTEE));
        live(request(program, TOM, MARIA), PairingStatus.COMPLETED);
        askers.addAll(askers.subList(0, 8));
        pairUp(program, experts, askers, this::request);
    }

    /** A program that ran and closed: its pairs completed with final feedback, unanswered ones declined by the closing. */
    private void graduates(List<UserKey> people) {
        Program program = program("Graduate programme 2025", "Last year's graduates, each with a mentor for six months.",
            ProgramType.ONE_ON_ONE, MatchingMode.ADMIN, CriteriaWeights.balanced(), false, false);
        List<UserKey> mentors = people.subList(0, 10);
        List<UserKey> mentees = people.subList(10, people.size());
        enroll(program, mentors, 2, mentees);
        launch(program, ProgramStatus.MATCHING);
        List<Pairing> made = pairUp(program, new ArrayList<>(mentors), mentees, (p, mentee, mentor) -> propose(p, mentor, List.of(mentee)));
        launch(program, ProgramStatus.RUNNING);
        as(PAT, () -> core.programs().close(program.id()));
        made.stream().filter(pairing -> pairing.status() == PairingStatus.ACTIVE)
            .forEach(pairing -> finalFeedback(as(PAT, () -> core.pairings().view(pairing.id()))));
    }

    /** Next year's program, still a draft: its managers prepare training before it opens (nobody is nominated into a draft). */
    private void draft() {
        Program program = as(ADMIN, () -> core.programs().create(settings("Leadership 2027", "Next year's leadership "
            + "mentoring; enrollment opens in spring.", ProgramType.ONE_ON_ONE, MatchingMode.HYBRID, CriteriaWeights.balanced(),
            false, false)));
        material(program, "What a leadership mentor does", Set.of(ParticipantRole.MENTOR), true);
    }

    /**
     * Lee nominates his reports (Tom declines one; one waits); team leads of the crowd nominate theirs, some accepted,
     * some declined, some open.
     */
    private void nominations() {
        Program engineering = byName("Engineering mentoring 2026");
        Program sales = byName("Sales onboarding buddies");
        Nomination tom = nominate(LEE, sales, TOM, ParticipantRole.MENTEE, "Tom moves to a customer-facing role.");
        as(TOM, () -> core.nominations().decline(tom.id()));
        nominate(LEE, engineering, TOM, ParticipantRole.MENTOR, "Tom explains our build better than anyone.");
        nominate(PAT, sales, LEE, ParticipantRole.MENTOR, "Lee's teams grow people; we want Lee as a mentor.");
        List<DemoPeople.Person> nominees = crowd.all().subList(crowd.all().size() - 30, crowd.all().size()).stream()
            .filter(p -> p.manager() != null).toList();
        for (int i = 0; i < nominees.size(); i++) {
            DemoPeople.Person nominee = nominees.get(i);
            Nomination nomination = nominate(nominee.manager(), i % 2 == 0 ? engineering : sales, nominee.key(),
                i % 3 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE, "Ready for the next step.");
            switch (i % 4) {
                case 0 -> as(nominee.key(), () -> core.nominations().accept(nomination.id(),
                    form(nominee.key(), nomination.role() == ParticipantRole.MENTOR ? 2 : 0, EnumSet.noneOf(ParticipantRole.class))));
                case 1 -> as(nominee.key(), () -> core.nominations().decline(nomination.id()));
                default -> {
                }
            }
        }
    }

    /** How a pairing gets made in a program: a request by the mentee or a proposal by the manager. */
    private interface Maker {
        Pairing make(Program program, UserKey mentee, UserKey mentor);
    }

    /**
     * Pairs each mentee with the next mentor who has room and may mentor them, and takes each pairing to a status drawn
     * for it: about one in seven left unanswered, one in twelve declined, a few accepted with the agreement pending,
     * most active, some completed or ended early.
     */
    private List<Pairing> pairUp(Program program, List<UserKey> mentors, List<UserKey> mentees, Maker maker) {
        Map<UserKey, Integer> taken = new HashMap<>();
        Set<UserKey> pairedMentees = new HashSet<>();
        List<Pairing> made = new ArrayList<>();
        int next = 0;
        for (UserKey mentee : mentees) {
            boolean again = !pairedMentees.add(mentee);
            for (int tries = 0; tries < mentors.size(); tries++) {
                UserKey mentor = mentors.get(next++ % mentors.size());
                boolean room = taken.getOrDefault(mentor, 0) < capacities.get(program.id().value() + " " + mentor.value());
                if (room && eligible(mentor, mentee) && !(again && made.stream().anyMatch(p -> p.isMentor(mentor) && p.isMentee(mentee)))
                    && (program.type() != ProgramType.REVERSE || level(mentor).compareTo(level(mentee)) < 0)) {
                    PairingStatus target = drawStatus();
                    Pairing pairing = live(maker.make(program, mentee, mentor), target);
                    if (pairing.status().holdsCapacity() || pairing.status().isPending()) {
                        taken.merge(mentor, 1, Integer::sum);
                    }
                    made.add(pairing);
                    break;
                }
            }
        }
        return made;
    }

    private PairingStatus drawStatus() {
        int roll = random.nextInt(100);
        return roll < 15 ? PairingStatus.PROPOSED : roll < 23 ? PairingStatus.DECLINED : roll < 29 ? PairingStatus.ACCEPTED
            : roll < 80 ? PairingStatus.ACTIVE : roll < 92 ? PairingStatus.COMPLETED : PairingStatus.ENDED_EARLY;
    }

    /**
     * Takes a new pairing to {@code target} the way its people would ({@link PairingStatus#PROPOSED} here means "left
     * unanswered", whether proposed or requested): the mentor answers, everyone accepts the agreement, the mentee plans
     * goals and milestones, the pair checks in; finished pairings end and answer the final survey.
     */
    private Pairing live(Pairing pairing, PairingStatus target) {
        Pairing current = pairing;
        if (target.isPending()) {
            return current;
        }
        if (target == PairingStatus.DECLINED) {
            return as(current.mentor(), () -> core.pairings().decline(pairing.id()));
        }
        current = as(current.mentor(), () -> core.pairings().accept(pairing.id()));
        if (target == PairingStatus.ACCEPTED) {
            return current;
        }
        current = as(current.mentor(), () -> core.pairings().setAgreement(pairing.id(), new AgreementTerms(random.nextInt(3) == 0,
            Period.ofDays(random.nextBoolean() ? 14 : 21), Period.ofMonths(6), "Meet regularly; agenda a day ahead; notes shared.")));
        for (UserKey mentee : pairing.mentees()) {
            current = as(mentee, () -> core.pairings().acceptAgreement(pairing.id()));
        }
        plan(current, target != PairingStatus.ACTIVE);
        checkIns(current);
        if (target == PairingStatus.COMPLETED) {
            current = as(current.mentor(), () -> core.pairings().complete(pairing.id()));
            finalFeedback(current);
        } else if (target == PairingStatus.ENDED_EARLY) {
            current = as(current.mentees().get(0), () -> core.pairings().endEarly(pairing.id()));
            finalFeedback(current);
        }
        return current;
    }

    /** One or two goals with a milestone or two each; some milestones done, some past due; finishing pairs do more. */
    private void plan(Pairing pairing, boolean finishing) {
        UserKey mentee = pairing.mentees().get(0);
        int goals = 1 + random.nextInt(2);
        for (int g = 0; g < goals; g++) {
            Goal goal = as(mentee, () -> core.progress().addGoal(pairing.id(), pick(GOALS), null, today.plusWeeks(4 + random.nextInt(20))));
            goalCount++;
            boolean goalDone = finishing ? random.nextInt(3) > 0 : random.nextInt(4) == 0;
            int milestones = 1 + random.nextInt(2);
            for (int m = 0; m < milestones; m++) {
                LocalDate due = today.plusDays(random.nextInt(50) - 14);
                Milestone milestone = as(mentee, () -> core.progress().addMilestone(goal.id(), pick(MILESTONES), due));
                milestoneCount++;
                if (goalDone || random.nextBoolean()) {
                    as(mentee, () -> core.progress().completeMilestone(milestone.id()));
                }
            }
            if (goalDone) {
                as(mentee, () -> core.progress().completeGoal(goal.id()));
            }
        }
    }

    /**
     * Up to two check-ins since the pair started (today), logged by the mentor with an agenda; now and then a mentee is
     * excused.
     */
    private void checkIns(Pairing pairing) {
        int held = random.nextInt(3);
        for (int i = 0; i < held; i++) {
            Instant startsAt = max(today.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                Instant.now().minus(Duration.ofMinutes(30L + random.nextInt(240))));
            Map<UserKey, Attendance> attendance = new LinkedHashMap<>();
            attendance.put(pairing.mentor(), Attendance.ATTENDED);
            pairing.mentees().forEach(m -> attendance.put(m, random.nextInt(6) == 0 ? Attendance.EXCUSED : Attendance.ATTENDED));
            as(pairing.mentor(), () -> core.sessions().log(pairing.id(), new SessionForm(startsAt, Duration.ofMinutes(30 + 15 * random.nextInt(3)),
                pick(AGENDAS), random.nextBoolean() ? "Agreed next steps; see the goals." : null, null, attendance)));
            checkInCount++;
        }
    }

    private void finalFeedback(Pairing pairing) {
        for (UserKey member : pairing.members()) {
            Map<RatingQuestion, Integer> ratings = new EnumMap<>(RatingQuestion.class);
            for (RatingQuestion question : RatingQuestion.values()) {
                ratings.put(question, 2 + random.nextInt(4));
            }
            Integer before = pairing.isMentee(member) ? 1 + random.nextInt(3) : null;
            Integer after = before == null ? null : Math.min(5, before + random.nextInt(3));
            as(member, () -> core.feedback().submit(pairing.id(), new FeedbackForm(FeedbackKind.FINAL, ratings, 5 + random.nextInt(6),
                before, after, random.nextInt(3) == 0 ? "Worth every hour." : null)));
            feedbackCount++;
        }
    }

    private Pairing request(Program program, UserKey mentee, UserKey mentor) {
        return as(mentee, () -> core.pairings().request(program.id(), mentor));
    }

    private Pairing propose(Program program, UserKey mentor, List<UserKey> mentees) {
        return as(PAT, () -> core.pairings().propose(program.id(), mentor, mentees, null));
    }

    private Program program(String name, String description, ProgramType type, MatchingMode mode, CriteriaWeights weights,
                            boolean trainingRequired, boolean diversity) {
        Program draft = as(ADMIN, () -> core.programs().create(settings(name, description, type, mode, weights, trainingRequired,
            diversity)));
        return as(PAT, () -> core.programs().changeStatus(draft.id(), ProgramStatus.ENROLLING));
    }

    private ProgramSettings settings(String name, String description, ProgramType type, MatchingMode mode, CriteriaWeights weights,
                                     boolean trainingRequired, boolean diversity) {
        boolean quick = type == ProgramType.JUST_IN_TIME;
        return new ProgramSettings(name, description, type, mode, new DateRange(today.minusDays(30), today.plusDays(60)),
            quick ? Period.ofWeeks(6) : Period.ofMonths(6), Period.ofDays(quick ? 7 : 14), 2, weights, trainingRequired, diversity,
            null, null, Set.of(PAT));
    }

    private void launch(Program program, ProgramStatus status) {
        as(PAT, () -> core.programs().changeStatus(program.id(), status));
    }

    private Program byName(String name) {
        return as(ADMIN, () -> core.programs().list()).stream().filter(p -> p.settings().name().equals(name)).findFirst().orElseThrow();
    }

    /** Enrolls {@code mentors} with {@code capacity} each, then {@code mentees}. */
    private void enroll(Program program, List<UserKey> mentors, int capacity, List<UserKey> mentees) {
        mentors.forEach(mentor -> enroll(program, mentor, capacity, ParticipantRole.MENTOR));
        mentees.forEach(mentee -> enroll(program, mentee, 0, ParticipantRole.MENTEE));
    }

    private void enroll(Program program, UserKey user, int capacity, ParticipantRole role) {
        capacities.put(program.id().value() + " " + user.value(), capacity);
        as(user, () -> core.enrollment().enroll(program.id(), form(user, capacity, EnumSet.of(role))));
    }

    /** The person's profile with their capacity in this program; demographics only with their consent to store them. */
    private EnrollmentForm form(UserKey user, int capacity, Set<ParticipantRole> roles) {
        Profile p = profiles.get(user);
        Profile profile = new Profile(p.skills(), p.interests(), p.goals(), p.careerLevel(), p.businessFunction(), p.manager(),
            p.location(), p.timeZone(), p.languages(), p.availability(), capacity, p.demographics());
        Set<ConsentScope> consent = profile.demographics().isEmpty() ? Set.of(ConsentScope.PARTICIPATION)
            : Set.of(ConsentScope.PARTICIPATION, ConsentScope.DEMOGRAPHICS);
        ParticipantSource source = random.nextInt(12) == 0 ? ParticipantSource.ALUMNUS : ParticipantSource.EMPLOYEE;
        return new EnrollmentForm(roles, source, profile, consent, CONSENT_POLICY);
    }

    private TrainingMaterial material(Program program, String title, Set<ParticipantRole> audience, boolean required) {
        return as(PAT, () -> core.training().addMaterial(program.id(), title, "https://example.com/mentoring/"
            + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), audience, required));
    }

    private void complete(TrainingMaterial material, UserKey user) {
        as(user, () -> core.training().complete(material.id()));
        completionCount++;
    }

    private Nomination nominate(UserKey nominator, Program program, UserKey nominee, ParticipantRole role, String reason) {
        nominationCount++;
        return as(nominator, () -> core.nominations().nominate(program.id(), nominee, role, reason));
    }

    /** Not the same person, and neither manages the other. */
    private boolean eligible(UserKey mentor, UserKey mentee) {
        return !mentor.equals(mentee) && !mentor.equals(managers.get(mentee)) && !mentee.equals(managers.get(mentor));
    }

    private CareerLevel level(UserKey user) {
        return profiles.get(user).careerLevel();
    }

    private static List<UserKey> take(List<UserKey> people, int count) {
        List<UserKey> taken = new ArrayList<>(people.subList(0, count));
        people.subList(0, count).clear();
        return taken;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T as(UserKey user, Supplier<T> work) {
        return actors.as(user.value(), work);
    }
}
