package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.TODAY;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.Enps;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.FeedbackStore;
import org.mentorhub.port.GoalStore;
import org.mentorhub.port.PairingStore;
import org.mentorhub.port.ParticipantStore;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.port.ProgressCount;
import org.mentorhub.port.SessionStore;
import org.mentorhub.port.StoreSet;
import org.mentorhub.service.inmemory.InMemoryStores;
import org.mentorhub.service.ProgramDashboard.Person;
import org.mentorhub.service.ProgramDashboard.WeekCount;

/**
 * Dashboards on the in-memory stores, driven through the services into a known state; every expected figure is
 * worked out by hand in the comments. The clock starts on Monday 2025-03-03 (day 0), when the pairs start.
 */
class ReportServiceTest {

    /** Day {@code n} of the story, at 09:00 UTC. */
    private static Instant day(int n) {
        return TestData.NOW.plus(Duration.ofDays(n));
    }

    private static LocalDate date(int n) {
        return TODAY.plusDays(n);
    }

    /**
     * Four pairings: mentor–mentee (P1) and mentor–ann (P2) active since day 0, mentor-2–bob (P3) accepted but not
     * started, cat waiting for mentor-2 (P4). Dan enrolled and opted out. The dashboard is read on day 35 for the
     * four weeks from day 7 to day 34.
     */
    @Nested
    class AKnownProgram {
        private final World world = new World();
        private final Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        private final UserKey mentor2 = world.users.add("mentor-2");
        private final List<UserKey> ann = world.enrollMentees(program, "ann");
        private Pairing p1;
        private Pairing p2;
        private Milestone m3;

        AKnownProgram() {
            world.enroll(world.mentor, program, 2, ParticipantRole.MENTOR);
            world.enroll(world.mentee, program, 0, ParticipantRole.MENTEE);
            world.enroll(mentor2, program, 2, ParticipantRole.MENTOR);
            List<UserKey> bobAndCat = world.enrollMentees(program, "bob", "cat");
            UserKey dan = world.enrollMentees(program, "dan").get(0);
            world.as(dan, () -> world.enrollment.optOut(program.id()));
            world.startMatching(program);

            p1 = world.activePairing(program);
            p2 = active(world.mentor, ann.get(0));
            Pairing p3 = world.as(world.manager, () -> world.pairings.propose(program.id(), mentor2, List.of(bobAndCat.get(0)), null));
            world.as(mentor2, () -> world.pairings.accept(p3.id()));
            world.as(bobAndCat.get(1), () -> world.pairings.request(program.id(), mentor2));

            // P1: G1 (with M1) done on day 3, G2 (with M2) done on day 15: a complete plan.
            Goal g1 = goal(p1, "Give a talk");
            Goal g2 = goal(p1, "Lead a retro");
            milestone(g1, "Abstract", 10);
            milestone(g2, "Agenda", 12);
            // P2: G3 open, with M3 overdue since day 20 and M4 done; G4 done on day 29.
            Goal g3 = goal(p2, "Write an ADR");
            Goal g4 = goal(p2, "Pair on a review");
            m3 = milestone(g3, "Draft", 20);
            Milestone m4 = milestone(g3, "Outline", 40);
            // P3 (accepted, not active): G5 open with M5 due later and M6 overdue, which puts no active pair at risk.
            Goal g5 = world.as(bobAndCat.get(0), () -> world.progress.addGoal(p3.id(), "Learn the domain", null, null));
            world.as(bobAndCat.get(0), () -> world.progress.addMilestone(g5.id(), "Read the docs", date(40)));
            world.as(bobAndCat.get(0), () -> world.progress.addMilestone(g5.id(), "Shadow support", date(10)));

            at(3, world.mentee, () -> {
                world.progress.completeMilestone(world.progress.actionPlan(p1.id()).milestonesOf(g1.id()).get(0).id());
                world.progress.completeGoal(g1.id());
            });
            at(5, world.mentor, () -> log(p1, world.mentee));
            log(p2, 2, ann.get(0));
            at(8, world.mentor, () -> log(p1, world.mentee));
            at(15, world.mentee, () -> {
                world.progress.completeMilestone(world.progress.actionPlan(p1.id()).milestonesOf(g2.id()).get(0).id());
                world.progress.completeGoal(g2.id());
                answer(p1, Map.of(RatingQuestion.RELATIONSHIP, 5, RatingQuestion.MEETING_VALUE, 4), 10, 2, 4);
            });
            at(16, world.mentor, () -> answer(p1, Map.of(RatingQuestion.RELATIONSHIP, 4), 7, null, null));
            at(20, world.mentor, () -> log(p1, world.mentee));
            at(25, world.mentor, () -> log(p1, null));
            at(29, ann.get(0), () -> {
                world.progress.completeMilestone(m4.id());
                world.progress.completeGoal(g4.id());
                answer(p2, Map.of(RatingQuestion.RELATIONSHIP, 2, RatingQuestion.MEETING_VALUE, 3), 3, 3, 2);
            });
            // Day 35, after the period: not counted.
            at(35, world.mentor, () -> answer(p2, Map.of(RatingQuestion.RELATIONSHIP, 1), 0, 1, 5));
        }

        private ProgramDashboard dashboard() {
            return world.as(world.manager, () -> world.reports.dashboard(program.id(), date(7), date(34)));
        }

        @Test
        void countsPairsByStatusToday() {
            assertThat(dashboard().pairs()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    PairingStatus.PROPOSED, 0, PairingStatus.REQUESTED, 1, PairingStatus.ACCEPTED, 1, PairingStatus.DECLINED, 0,
                    PairingStatus.ACTIVE, 2, PairingStatus.COMPLETED, 0, PairingStatus.ENDED_EARLY, 0));
        }

        @Test
        void countsGoalsMilestonesAndCompletedActionPlans() {
            ProgramDashboard dashboard = dashboard();

            assertThat(dashboard.goals()).isEqualTo(new ProgressCount(5, 3)); // G1..G5; G1, G2, G4 done
            assertThat(dashboard.milestones()).isEqualTo(new ProgressCount(6, 3)); // M1..M6; M1, M2, M4 done
            assertThat(dashboard.actionPlans()).isEqualTo(new ProgressCount(3, 1)); // P1, P2, P3 have goals; P1 did all
        }

        @Test
        void countsTheCheckInsHeldInThePeriodThatAMenteeAttended() {
            // Day 5 and day 2 are before the period; day 25 had only the mentor.
            assertThat(dashboard().checkInsHeld()).isEqualTo(2); // P1 on days 8 and 20
        }

        @Test
        void trendsTheGoalsCompletedPerWeekOfThePeriod() {
            // G1 on day 3 is before the period; G2 on day 15 falls in the week from day 14, G4 on day 29 in the week from day 28.
            assertThat(dashboard().completedGoalsByWeek()).containsExactly(
                    new WeekCount(date(7), 0), new WeekCount(date(14), 1), new WeekCount(date(21), 0), new WeekCount(date(28), 1));
        }

        @Test
        void summarizesTheFeedbackGivenInThePeriod() {
            ProgramDashboard.FeedbackFigures feedback = dashboard().feedback();

            assertThat(feedback.responses()).isEqualTo(3);
            assertThat(feedback.averageRating().getAsDouble()).isCloseTo(3.6, within(1e-9)); // (5 + 4 + 4 + 2 + 3) / 5
            assertThat(feedback.enps()).isEqualTo(new Enps(1, 1, 1)); // 10, 7, 3: eNPS 0
            assertThat(feedback.confidenceChange().getAsDouble()).isCloseTo(0.5, within(1e-9)); // (+2 - 1) / 2
        }

        @Test
        void countsParticipationToday() {
            // Enrolled: mentor, mentee, mentor-2, ann, bob, cat, dan; dan opted out. Paired: P1, P2 and P3's members.
            assertThat(dashboard().participation()).isEqualTo(new ProgramDashboard.Participation(7, 6, 2, 4, 5));
        }

        @Test
        void flagsTheActivePairThatStoppedMeetingAndMissedAMilestone() {
            ProgramDashboard dashboard = dashboard();

            // P2 last met on day 2; 2 + 2 x 14 days = day 30 is before day 35. M3 was due on day 20.
            // P1 met on day 20 (day 48 is still ahead) and has nothing overdue; P3's overdue M6 does not count, it is not active.
            assertThat(dashboard.pairsAtRisk()).isEqualTo(1);
            assertThat(dashboard.atRisk()).singleElement().satisfies(pair -> {
                assertThat(pair.pairingId()).isEqualTo(p2.id());
                assertThat(pair.mentor()).isEqualTo(new Person(world.mentor, "mentor"));
                assertThat(pair.mentees()).containsExactly(new Person(ann.get(0), "ann"));
                assertThat(pair.checkInCadence()).isEqualTo(Period.ofDays(14));
                assertThat(pair.noRecentCheckIn()).isTrue();
                assertThat(pair.overdueMilestones()).isEqualTo(1);
                assertThat(pair.firstOverdue()).isEqualTo(m3);
            });
        }

        @Test
        void aPastPeriodCountsItsOwnCheckInsWhileRiskIsJudgedToday() {
            ProgramDashboard dashboard = world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(5)));

            assertThat(dashboard.checkInsHeld()).isEqualTo(2); // P2 on day 2, P1 on day 5
            assertThat(dashboard.pairsAtRisk()).isEqualTo(1);
            assertThat(dashboard.atRisk().get(0).pairingId()).isEqualTo(p2.id());
            assertThat(dashboard.today()).isEqualTo(date(35));
        }

        @Test
        void onlyTheProgramsManagersAndAdministratorsSeeIt() {
            assertThat(world.as(world.admin, () -> world.reports.dashboard(program.id(), date(7), date(34))).goals())
                    .isEqualTo(new ProgressCount(5, 3));
            assertThat(messageKey(ForbiddenException.class,
                    () -> world.as(world.mentor, () -> world.reports.dashboard(program.id(), date(7), date(34)))))
                    .isEqualTo("mentorhub.auth.forbidden");
        }

        private Pairing active(UserKey mentor, UserKey mentee) {
            Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), mentor, List.of(mentee), null));
            world.as(mentor, () -> world.pairings.accept(proposed.id()));
            world.as(world.manager, () -> world.pairings.setAgreement(proposed.id(), TestData.terms()));
            world.as(mentor, () -> world.pairings.acceptAgreement(proposed.id()));
            return world.as(mentee, () -> world.pairings.acceptAgreement(proposed.id()));
        }

        private Goal goal(Pairing pairing, String title) {
            return world.as(pairing.mentees().get(0), () -> world.progress.addGoal(pairing.id(), title, null, null));
        }

        private Milestone milestone(Goal goal, String title, int dueDay) {
            return world.as(world.mentor, () -> world.progress.addMilestone(goal.id(), title, date(dueDay)));
        }

        /** Moves the clock to 09:00 on day {@code n} and does {@code work} as {@code member}. */
        private void at(int n, UserKey member, Runnable work) {
            world.clock.advance(Duration.between(world.clock.instant(), day(n)));
            world.as(member, work);
        }

        /** A session today that the mentor attended, and {@code mentee} too unless {@code null}. */
        private void log(Pairing pairing, UserKey mentee) {
            log(pairing, (int) Duration.between(day(0), world.clock.instant()).toDays(), mentee);
        }

        /** A session on day {@code n}, logged by the mentor. */
        private void log(Pairing pairing, int n, UserKey mentee) {
            Map<UserKey, Attendance> attendance = mentee == null
                    ? Map.of(pairing.mentor(), Attendance.ATTENDED, pairing.mentees().get(0), Attendance.ABSENT)
                    : Map.of(pairing.mentor(), Attendance.ATTENDED, mentee, Attendance.ATTENDED);
            world.as(pairing.mentor(), () -> world.sessions.log(pairing.id(),
                    new SessionForm(day(n), Duration.ofMinutes(45), null, null, null, attendance)));
        }

        /** An early-survey answer by whoever acts now. */
        private void answer(Pairing pairing, Map<RatingQuestion, Integer> ratings, int recommend, Integer confidenceBefore,
                            Integer confidenceAfter) {
            world.feedback.submit(pairing.id(), new FeedbackForm(FeedbackKind.EARLY, ratings, recommend, confidenceBefore, confidenceAfter, null));
        }
    }

    @Nested
    class PairsAtRisk {
        private final World world = new World();
        private final Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);

        @Test
        void bothReasonsComeFirstThenTheLongestWithoutACheckInThenTheMostOverdue() {
            List<UserKey> mentees = world.enrollMentees(program, "quiet", "late", "both", "fine");
            world.enroll(world.mentor, program, 4, ParticipantRole.MENTOR);
            world.startMatching(program);
            List<Pairing> pairs = mentees.stream().map(mentee -> activePair(world, program, mentee)).toList();
            milestoneDue(world, pairs.get(1), 3);
            milestoneDue(world, pairs.get(2), 3);
            world.clock.advance(Duration.ofDays(20));
            for (Pairing pair : List.of(pairs.get(1), pairs.get(3))) {
                world.as(world.mentor, () -> world.sessions.log(pair.id(), new SessionForm(day(19), Duration.ofMinutes(30), null, null, null,
                        Map.of(pair.mentees().get(0), Attendance.ATTENDED))));
            }
            world.clock.advance(Duration.ofDays(10));

            // Day 30: "quiet" and "both" last met at the start (day 0 + 28 < 30); "late" and "both" have a milestone due on day 3.
            ProgramDashboard dashboard = world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(30)));

            assertThat(dashboard.atRisk()).extracting(pair -> pair.mentees().get(0).key())
                    .containsExactly(mentees.get(2), mentees.get(0), mentees.get(1));
            assertThat(dashboard.atRisk()).extracting(ProgramDashboard.AtRiskPair::noRecentCheckIn).containsExactly(true, true, false);
            assertThat(dashboard.atRisk()).extracting(ProgramDashboard.AtRiskPair::overdueMilestones).containsExactly(1, 0, 1);
            assertThat(dashboard.atRisk()).extracting(pair -> pair.firstOverdue() == null ? null : pair.firstOverdue().pairingId())
                    .containsExactly(pairs.get(2).id(), null, pairs.get(1).id());
        }

        @Test
        void namesTheFirstTenAndCountsTheRest() {
            List<UserKey> mentees = world.enrollMentees(program, IntStream.range(0, 12).mapToObj(i -> "mentee-" + i).toArray(String[]::new));
            world.enroll(world.mentor, program, 12, ParticipantRole.MENTOR);
            world.startMatching(program);
            mentees.forEach(mentee -> activePair(world, program, mentee));
            world.clock.advance(Duration.ofDays(29));

            ProgramDashboard dashboard = world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(29)));

            assertThat(dashboard.pairsAtRisk()).isEqualTo(12);
            assertThat(dashboard.atRisk()).hasSize(ReportService.AT_RISK_LISTED)
                    .allSatisfy(pair -> assertThat(pair.noRecentCheckIn()).isTrue());
        }

        @Test
        void theMostOverdueAreNamedFirstAmongPairsTiedOnReasonsAndContactBeyondTheTenth() {
            List<UserKey> mentees = world.enrollMentees(program, IntStream.range(0, 12).mapToObj(i -> "mentee-" + i).toArray(String[]::new));
            world.enroll(world.mentor, program, 12, ParticipantRole.MENTOR);
            world.startMatching(program);
            List<Pairing> pairs = mentees.stream().map(mentee -> activePair(world, program, mentee)).toList();
            pairs.forEach(pair -> milestoneDue(world, pair, 3));
            pairs.subList(10, 12).forEach(pair -> milestoneDue(world, pair, 4));
            world.clock.advance(Duration.ofDays(29));

            // Day 29: all twelve silent since day 0 and late; the last two, oldest last, have two overdue milestones.
            ProgramDashboard dashboard = world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(29)));

            assertThat(dashboard.pairsAtRisk()).isEqualTo(12);
            assertThat(dashboard.atRisk()).hasSize(ReportService.AT_RISK_LISTED);
            assertThat(dashboard.atRisk().subList(0, 2)).extracting(ProgramDashboard.AtRiskPair::pairingId)
                    .containsExactlyInAnyOrder(pairs.get(10).id(), pairs.get(11).id());
            assertThat(dashboard.atRisk()).extracting(ProgramDashboard.AtRiskPair::overdueMilestones)
                    .containsExactly(2, 2, 1, 1, 1, 1, 1, 1, 1, 1);
        }

        @Test
        void aCheckInLoggedAheadOfTodayIsNoContactYet() {
            UserKey mentee = world.enrollMentees(program, "ahead").get(0);
            world.enroll(world.mentor, program, 1, ParticipantRole.MENTOR);
            world.startMatching(program);
            Pairing pair = activePair(world, program, mentee);
            world.clock.advance(Duration.ofDays(30));
            for (int held : new int[] {1, 40}) {
                world.as(world.mentor, () -> world.sessions.log(pair.id(), new SessionForm(day(held), Duration.ofMinutes(30), null, null, null,
                        Map.of(mentee, Attendance.ATTENDED))));
            }

            // Day 30: the check-in of day 40 is still ahead, so the pair last met on day 1 (1 + 28 < 30).
            assertThat(dashboardOn(world, program, 30).atRisk()).singleElement()
                    .satisfies(risk -> assertThat(risk.noRecentCheckIn()).isTrue());
            world.clock.advance(Duration.ofDays(10));
            assertThat(dashboardOn(world, program, 40).pairsAtRisk()).isZero();
        }

        @Test
        void theAgreedCadenceDecidesWhenAPairFallsSilent() {
            UserKey mentee = world.enrollMentees(program, "weekly").get(0);
            world.enroll(world.mentor, program, 1, ParticipantRole.MENTOR);
            world.startMatching(program);
            Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(mentee), null));
            world.as(world.mentor, () -> world.pairings.accept(proposed.id()));
            world.as(world.manager, () -> world.pairings.setAgreement(proposed.id(),
                    new org.mentorhub.domain.AgreementTerms(true, Period.ofWeeks(1), Period.ofMonths(6), "Weekly")));
            world.as(world.mentor, () -> world.pairings.acceptAgreement(proposed.id()));
            world.as(mentee, () -> world.pairings.acceptAgreement(proposed.id()));

            world.clock.advance(Duration.ofDays(14));
            assertThat(dashboardOn(world, program, 14).pairsAtRisk()).isZero(); // day 0 + 2 weeks is not before day 14
            world.clock.advance(Duration.ofDays(1));
            assertThat(dashboardOn(world, program, 15).atRisk()).singleElement()
                    .satisfies(pair -> assertThat(pair.checkInCadence()).isEqualTo(Period.ofWeeks(1)));
        }
    }

    @Nested
    class Periods {
        private final World world = new World();
        private final Program program = world.matchingProgram();

        @Test
        void aPeriodNeedsBothDaysInOrder() {
            FieldErrors missing = fieldErrors(() -> world.as(world.manager, () -> world.reports.dashboard(program.id(), null, null)));
            FieldErrors backwards = fieldErrors(() -> world.as(world.manager, () -> world.reports.dashboard(program.id(), date(1), date(0))));

            assertThat(missing.keysFor("from")).containsExactly("mentorhub.validation.required");
            assertThat(missing.keysFor("to")).containsExactly("mentorhub.validation.required");
            assertThat(backwards.keysFor("to")).containsExactly("mentorhub.validation.endBeforeStart");
        }

        @Test
        void aPeriodCoversAtMost366Days() {
            assertThat(world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(365))).completedGoalsByWeek())
                    .hasSize(53);
            FieldErrors tooLong = fieldErrors(() -> world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(366))));

            assertThat(tooLong.keysFor("to")).containsExactly("mentorhub.report.periodTooLong");
        }

        @Test
        void theLastWeekOfAPeriodMayBeShort() {
            assertThat(new ReportPeriod(date(0), date(9)).weekStarts()).containsExactly(date(0), date(7));
            assertThat(new ReportPeriod(date(0), date(0)).weekStarts()).containsExactly(date(0));
        }

        @Test
        void periodsSpanWholeDaysOfTheClocksZone() {
            ReportPeriod period = new ReportPeriod(date(0), date(1));

            assertThat(period.start(ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
            assertThat(period.end(ZoneOffset.ofHours(2))).isEqualTo(Instant.parse("2025-03-04T22:00:00Z"));
        }

        @Test
        void anEmptyProgramHasZerosAndNoFeedbackFigures() {
            ProgramDashboard dashboard = world.as(world.manager, () -> world.reports.dashboard(program.id(), date(0), date(6)));

            assertThat(dashboard.goals()).isEqualTo(ProgressCount.NONE);
            assertThat(dashboard.actionPlans()).isEqualTo(ProgressCount.NONE);
            assertThat(dashboard.feedback().averageRating()).isEmpty();
            assertThat(dashboard.feedback().enps().percent()).isEmpty();
            assertThat(dashboard.feedback().confidenceChange()).isEmpty();
            assertThat(dashboard.completedGoalsByWeek()).containsExactly(new WeekCount(date(0), 0));
        }

        @Test
        void anUnknownProgramIsNotFound() {
            assertThat(messageKey(NotFoundException.class, () -> world.as(world.manager, () -> world.reports.dashboard(Id.random(), date(0), date(6)))))
                    .isEqualTo("mentorhub.program.notFound");
        }
    }

    @Test
    void reportableProgramsAreThoseTheCallerManagesOrAllForAdministrators() {
        World world = new World();
        Program managed = world.matchingProgram();
        Program draftOfAnother = world.as(world.admin, () -> world.programs.create(new org.mentorhub.domain.ProgramSettings("Another", null,
                ProgramType.GROUP, MatchingMode.ADMIN, managed.settings().enrollmentWindow(), Period.ofMonths(6), Period.ofDays(14), 2,
                managed.settings().criteriaWeights(), false, false, null, null, Set.of(world.other))));

        assertThat(world.as(world.manager, () -> world.reports.reportablePrograms())).extracting(Program::id).containsExactly(managed.id());
        assertThat(world.as(world.admin, () -> world.reports.reportablePrograms())).extracting(Program::id)
                .containsExactlyInAnyOrder(managed.id(), draftOfAnother.id());
        assertThat(world.as(world.mentor, () -> world.reports.reportablePrograms())).isEmpty();
    }

    @Test
    void aDashboardReadsTheStoresAsOftenForEightPairsAsForOne() {
        assertThat(storeReadsForADashboardOf(8)).isEqualTo(storeReadsForADashboardOf(1)).isPositive();
    }

    /** Store calls made by one dashboard of a program whose {@code pairs} active pairs each have a goal, a milestone and a session. */
    private static int storeReadsForADashboardOf(int pairs) {
        StoreSet real = InMemoryStores.create();
        List<Object> stores = List.of(spy(real.programs()), spy(real.participants()), spy(real.pairings()), spy(real.goals()),
                spy(real.sessions()), spy(real.feedback()));
        World world = new World(new StoreSet(real.transactions(), (ProgramStore) stores.get(0), (ParticipantStore) stores.get(1),
                real.nominations(), (PairingStore) stores.get(2), (GoalStore) stores.get(3), (SessionStore) stores.get(4),
                (FeedbackStore) stores.get(5), real.training(), real.matchingDecisions(), real.auditLog()));
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        List<UserKey> mentees = world.enrollMentees(program, IntStream.range(0, pairs).mapToObj(i -> "mentee-" + i).toArray(String[]::new));
        world.enroll(world.mentor, program, pairs, ParticipantRole.MENTOR);
        world.startMatching(program);
        for (UserKey mentee : mentees) {
            Pairing pairing = activePair(world, program, mentee);
            milestoneDue(world, pairing, -1);
            world.as(world.mentor, () -> world.sessions.log(pairing.id(), new SessionForm(day(0), Duration.ofMinutes(30), null, null, null,
                    Map.of(mentee, Attendance.ATTENDED))));
        }
        clearInvocations(stores.toArray());

        world.as(world.manager, () -> world.reports.dashboard(program.id(), date(-6), date(0)));

        return stores.stream().mapToInt(store -> mockingDetails(store).getInvocations().size()).sum();
    }

    private static Pairing activePair(World world, Program program, UserKey mentee) {
        Pairing proposed = world.as(world.manager, () -> world.pairings.propose(program.id(), world.mentor, List.of(mentee), null));
        world.as(world.mentor, () -> world.pairings.accept(proposed.id()));
        world.as(world.manager, () -> world.pairings.setAgreement(proposed.id(), TestData.terms()));
        world.as(world.mentor, () -> world.pairings.acceptAgreement(proposed.id()));
        return world.as(mentee, () -> world.pairings.acceptAgreement(proposed.id()));
    }

    private static void milestoneDue(World world, Pairing pairing, int dueDay) {
        Goal goal = world.as(world.mentor, () -> world.progress.addGoal(pairing.id(), "Grow", null, null));
        world.as(world.mentor, () -> world.progress.addMilestone(goal.id(), "Step", date(dueDay)));
    }

    private static ProgramDashboard dashboardOn(World world, Program program, int n) {
        return world.as(world.manager, () -> world.reports.dashboard(program.id(), date(n - 6), date(n)));
    }
}
