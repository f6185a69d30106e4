package org.mentorhub.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.mentorhub.domain.AgreementTerms;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.service.EnrollmentForm;
import org.mentorhub.service.SessionForm;
import org.mentorhub.service.UseCases;

/**
 * Programs, participants and pairings for the participants' page journeys, made through the use cases by the people
 * involved, on the shared {@link Sandbox}. Every program is new (its name made unique), so journeys do not see each
 * other's records. Managed by Pat Programme; mentors Maria and Omar, mentees Mina and Tom (the demo users).
 */
public final class PeopleData {
    public static final String ADMIN = DashboardDataSet.ADMIN;
    public static final String MANAGER = DashboardDataSet.MANAGER;
    public static final String MARIA = DashboardDataSet.MARIA;
    public static final String OMAR = DashboardDataSet.OMAR;
    public static final String MINA = DashboardDataSet.MINA;
    public static final String TOM = DashboardDataSet.TOM;

    private final UseCases core;
    private final SandboxActors actors;

    private PeopleData(SandboxActors actors) {
        this.core = actors.core();
        this.actors = actors;
    }

    public static PeopleData on(Sandbox sandbox) {
        return new PeopleData(SandboxActors.forHost(sandbox.host()));
    }

    /** A new one-on-one program with {@code mode}, taking enrollments. */
    public Program enrollingProgram(String name, MatchingMode mode) {
        LocalDate today = LocalDate.now();
        Program draft = as(ADMIN, () -> core.programs().create(new ProgramSettings(name + " " + UUID.randomUUID().toString().substring(0, 8),
                null, ProgramType.ONE_ON_ONE, mode, new DateRange(today.minusDays(1), today.plusDays(60)), Period.ofMonths(6),
                Period.ofDays(14), 2, CriteriaWeights.balanced(), false, false, null, null, Set.of(new UserKey(MANAGER)))));
        return as(MANAGER, () -> core.programs().changeStatus(draft.id(), ProgramStatus.ENROLLING));
    }

    /** A new self-matching program in which {@code mentors} (each with {@code capacity} places) and {@code mentees} enrolled. */
    public Program matchingProgram(String name, int capacity, List<String> mentors, List<String> mentees) {
        Program program = enrollingProgram(name, MatchingMode.SELF);
        mentors.forEach(mentor -> enroll(program, mentor, ParticipantRole.MENTOR, TestData.profile(capacity)));
        mentees.forEach(mentee -> enroll(program, mentee, ParticipantRole.MENTEE, TestData.profile(0)));
        return startMatching(program);
    }

    public Program startMatching(Program program) {
        return as(MANAGER, () -> core.programs().changeStatus(program.id(), ProgramStatus.MATCHING));
    }

    public void enroll(Program program, String user, ParticipantRole role, Profile profile) {
        as(user, () -> core.enrollment().enroll(program.id(), new EnrollmentForm(EnumSet.of(role), ParticipantSource.EMPLOYEE, profile,
                Set.of(ConsentScope.PARTICIPATION), "v1")));
    }

    public Pairing request(Program program, String mentee, String mentor) {
        return as(mentee, () -> core.pairings().request(program.id(), new UserKey(mentor)));
    }

    /** A mentee's request the mentor accepted: the pair's agreement is next. */
    public Pairing acceptedPair(Program program, String mentor, String mentee) {
        return accept(mentor, request(program, mentee, mentor));
    }

    public Pairing accept(String mentor, Pairing requested) {
        return as(mentor, () -> core.pairings().accept(requested.id()));
    }

    /** A pair that agreed to meet every 14 days for 6 months, and runs. */
    public Pairing activePair(Program program, String mentor, String mentee) {
        Pairing pairing = acceptedPair(program, mentor, mentee);
        as(mentor, () -> core.pairings().setAgreement(pairing.id(),
                new AgreementTerms(true, Period.ofDays(14), Period.ofMonths(6), "Meet every two weeks")));
        return as(mentee, () -> core.pairings().acceptAgreement(pairing.id()));
    }

    /** A pair that agreed on terms and ran; its mentor then completed it, so the final survey is due. */
    public Pairing completedPair(Program program, String mentor, String mentee) {
        Pairing pairing = activePair(program, mentor, mentee);
        return as(mentor, () -> core.pairings().complete(pairing.id()));
    }

    /** The program manager links {@code pairing} to a Jira issue with a new key, which the method returns. */
    public String linkToNewIssue(Pairing pairing) {
        IssueKey key = new IssueKey("MENTOR-" + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE));
        as(MANAGER, () -> core.pairings().linkIssue(pairing.id(), key));
        return key.value();
    }

    /** A check-in the {@code member} logs ahead of time, nobody's attendance recorded yet. */
    public void planCheckIn(Pairing pairing, String member, Instant startsAt, String agenda) {
        as(member, () -> core.sessions().log(pairing.id(), new SessionForm(startsAt, Duration.ofMinutes(45), agenda, null, null, Map.of())));
    }

    public Goal addGoal(Pairing pairing, String member, String title) {
        return as(member, () -> core.progress().addGoal(pairing.id(), title, null, null));
    }

    public void completeGoal(Goal goal, String member) {
        as(member, () -> core.progress().completeGoal(goal.id()));
    }

    public Milestone addMilestone(Goal goal, String member, String title) {
        return as(member, () -> core.progress().addMilestone(goal.id(), title, LocalDate.now().plusDays(7)));
    }

    private <T> T as(String userKey, Supplier<T> work) {
        return actors.as(userKey, work);
    }
}
