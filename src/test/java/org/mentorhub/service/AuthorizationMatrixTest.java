package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.ADMIN;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.MENTEE;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.MENTOR;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.NOMINEE;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.NOMINEES_MANAGER;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.OTHER_USER;
import static org.mentorhub.service.AuthorizationMatrixTest.Role.PROGRAM_MANAGER;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.domain.Attendance;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.FeedbackKind;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Goal;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.RatingQuestion;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.assignment.Objective;

/**
 * Every use case against every role: an allowed caller's call succeeds, any other caller is refused
 * with {@link ForbiddenException} and leaves no trace in the audit trail. The expected table is the
 * one in {@code docs/domain.md}.
 */
class AuthorizationMatrixTest {
    private static final Set<Role> EVERYONE_SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));
    private static final Set<Role> MANAGERS = EnumSet.of(ADMIN, PROGRAM_MANAGER);
    private static final Set<Role> PAIR = EnumSet.of(MENTOR, MENTEE);
    private static final Set<Role> PAIR_AND_MANAGERS = EnumSet.of(MENTOR, MENTEE, ADMIN, PROGRAM_MANAGER);
    private static final List<Class<?>> SERVICES = List.of(ProgramService.class, EnrollmentService.class, NominationService.class,
            PairingService.class, ProgressService.class, SessionService.class, FeedbackService.class, TrainingService.class,
            ReportService.class, MatchingService.class);

    /** Who calls: the roles of the authorization model, plus nobody signed in. */
    enum Role {
        ADMIN, PROGRAM_MANAGER, MENTOR, MENTEE, NOMINEE, NOMINEES_MANAGER, OTHER_USER, ANONYMOUS;

        UserKey user(World world) {
            return switch (this) {
                case ADMIN -> world.admin;
                case PROGRAM_MANAGER -> world.manager;
                case MENTOR -> world.mentor;
                case MENTEE -> world.mentee;
                case NOMINEE -> world.nominee;
                case NOMINEES_MANAGER -> world.nomineeManager;
                case OTHER_USER -> world.other;
                case ANONYMOUS -> null;
            };
        }
    }

    /**
     * One row of the matrix.
     *
     * @param method  the service method, as {@code Service.method}
     * @param prepare builds the state the call needs (acting as whoever may) and returns the call
     */
    record UseCase(String name, String method, Set<Role> allowed, Function<Scene, Runnable> prepare) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<UseCase> useCases() {
        return List.of(
                useCase("create a program", "ProgramService.create", EnumSet.of(ADMIN), s -> s.world.settings(ProgramType.GROUP, MatchingMode.ADMIN),
                        (s, settings) -> s.world.programs.create(settings)),
                useCase("update a program", "ProgramService.update", MANAGERS, s -> s.program,
                        (s, program) -> s.world.programs.update(program.id(), program.settings())),
                useCase("change a program's status", "ProgramService.changeStatus", MANAGERS, s -> s.program,
                        (s, program) -> s.world.programs.changeStatus(program.id(), ProgramStatus.RUNNING)),
                useCase("close a program", "ProgramService.close", MANAGERS, s -> s.program,
                        (s, program) -> s.world.programs.close(program.id())),
                useCase("delete a draft", "ProgramService.delete", MANAGERS, Scene::draft,
                        (s, draft) -> s.world.programs.delete(draft.id())),
                useCase("view a launched program", "ProgramService.get", EVERYONE_SIGNED_IN, s -> s.program,
                        (s, program) -> s.world.programs.get(program.id())),
                useCase("view a draft", "ProgramService.get", MANAGERS, Scene::draft,
                        (s, draft) -> s.world.programs.get(draft.id())),
                useCase("list programs", "ProgramService.list", EVERYONE_SIGNED_IN, s -> s.program,
                        (s, program) -> s.world.programs.list()),
                useCase("read the audit trail", "ProgramService.auditTrail", MANAGERS, s -> s.program,
                        (s, program) -> s.world.programs.auditTrail(program.id())),

                useCase("enroll", "EnrollmentService.enroll", EVERYONE_SIGNED_IN, Scene::enrollingProgram,
                        (s, open) -> s.world.enrollment.enroll(open.id(), World.form(TestData.profile(1), ParticipantRole.MENTOR, ParticipantRole.MENTEE))),
                useCase("update one's profile", "EnrollmentService.updateProfile", PAIR, s -> s.program,
                        (s, program) -> s.world.enrollment.updateProfile(program.id(), TestData.profile(3))),
                useCase("opt out", "EnrollmentService.optOut", PAIR, s -> s.program,
                        (s, program) -> s.world.enrollment.optOut(program.id())),
                useCase("view a mentor's profile", "EnrollmentService.view", PAIR_AND_MANAGERS, s -> s.program,
                        (s, program) -> s.world.enrollment.view(program.id(), s.world.mentor)),
                useCase("list participants", "EnrollmentService.listForProgram", MANAGERS, s -> s.program,
                        (s, program) -> s.world.enrollment.listForProgram(program.id())),

                useCase("nominate", "NominationService.nominate", EnumSet.of(ADMIN, PROGRAM_MANAGER, NOMINEES_MANAGER), s -> s.program,
                        (s, program) -> s.world.nominations.nominate(program.id(), s.world.nominee, ParticipantRole.MENTOR, "Ready to mentor")),
                useCase("accept a nomination", "NominationService.accept", EnumSet.of(NOMINEE), Scene::nomination,
                        (s, nomination) -> s.world.nominations.accept(nomination.id(), World.form(TestData.profile(1)))),
                useCase("decline a nomination", "NominationService.decline", EnumSet.of(NOMINEE), Scene::nomination,
                        (s, nomination) -> s.world.nominations.decline(nomination.id())),
                useCase("withdraw a nomination", "NominationService.withdraw", EnumSet.of(ADMIN, PROGRAM_MANAGER, NOMINEES_MANAGER), Scene::nomination,
                        (s, nomination) -> s.world.nominations.withdraw(nomination.id())),
                useCase("list nominations", "NominationService.listForProgram", MANAGERS, Scene::nomination,
                        (s, nomination) -> s.world.nominations.listForProgram(nomination.programId())),
                useCase("list one's own nominations", "NominationService.listInvolvingCaller", EVERYONE_SIGNED_IN, Scene::nomination,
                        (s, nomination) -> s.world.nominations.listInvolvingCaller()),

                useCase("propose a pairing", "PairingService.propose", MANAGERS, s -> s.program,
                        (s, program) -> s.world.pairings.propose(program.id(), s.world.mentor, List.of(s.world.mentee), null)),
                useCase("request a mentor", "PairingService.request", EnumSet.of(MENTEE), s -> s.program,
                        (s, program) -> s.world.pairings.request(program.id(), s.world.mentor)),
                useCase("accept a pairing", "PairingService.accept", EnumSet.of(MENTOR), Scene::requested,
                        (s, pairing) -> s.world.pairings.accept(pairing.id())),
                useCase("decline a pairing", "PairingService.decline", PAIR_AND_MANAGERS, Scene::requested,
                        (s, pairing) -> s.world.pairings.decline(pairing.id())),
                useCase("set the agreement", "PairingService.setAgreement", PAIR_AND_MANAGERS, Scene::accepted,
                        (s, pairing) -> s.world.pairings.setAgreement(pairing.id(), TestData.terms())),
                useCase("accept the agreement", "PairingService.acceptAgreement", PAIR, Scene::withAgreement,
                        (s, pairing) -> s.world.pairings.acceptAgreement(pairing.id())),
                useCase("complete a pairing", "PairingService.complete", EnumSet.of(MENTOR, ADMIN, PROGRAM_MANAGER), Scene::active,
                        (s, pairing) -> s.world.pairings.complete(pairing.id())),
                useCase("end a pairing early", "PairingService.endEarly", PAIR_AND_MANAGERS, Scene::active,
                        (s, pairing) -> s.world.pairings.endEarly(pairing.id())),
                useCase("link a pair to its Jira issue", "PairingService.linkIssue", MANAGERS, Scene::active,
                        (s, pairing) -> s.world.pairings.linkIssue(pairing.id(), new IssueKey("MENT-1"))),
                useCase("view a pairing", "PairingService.view", PAIR_AND_MANAGERS, Scene::active,
                        (s, pairing) -> s.world.pairings.view(pairing.id())),
                useCase("oversee the pairings", "PairingService.overview", MANAGERS, Scene::active,
                        (s, pairing) -> s.world.pairings.overview(pairing.programId())),
                useCase("list one's own pairings", "PairingService.mine", EVERYONE_SIGNED_IN, Scene::active,
                        (s, pairing) -> s.world.pairings.mine()),

                useCase("add a goal", "ProgressService.addGoal", PAIR, Scene::active,
                        (s, pairing) -> s.world.progress.addGoal(pairing.id(), "Give a talk", null, null)),
                useCase("add a milestone", "ProgressService.addMilestone", PAIR, Scene::goal,
                        (s, goal) -> s.world.progress.addMilestone(goal.id(), "Draft the slides", null)),
                useCase("complete a goal", "ProgressService.completeGoal", PAIR, Scene::goal,
                        (s, goal) -> s.world.progress.completeGoal(goal.id())),
                useCase("complete a milestone", "ProgressService.completeMilestone", PAIR, Scene::milestone,
                        (s, milestone) -> s.world.progress.completeMilestone(milestone.id())),
                useCase("view the action plan", "ProgressService.actionPlan", PAIR_AND_MANAGERS, Scene::active,
                        (s, pairing) -> s.world.progress.actionPlan(pairing.id())),

                useCase("log a session", "SessionService.log", PAIR, Scene::active,
                        (s, pairing) -> s.world.sessions.log(pairing.id(), new SessionForm(TestData.NOW, Duration.ofMinutes(30),
                                "Agenda", "Notes", "Mine", Map.of(s.world.mentor, Attendance.ATTENDED)))),
                useCase("list sessions", "SessionService.list", PAIR_AND_MANAGERS, Scene::active,
                        (s, pairing) -> s.world.sessions.list(pairing.id())),

                useCase("submit feedback", "FeedbackService.submit", PAIR, Scene::twoWeeksActive,
                        (s, pairing) -> s.world.feedback.submit(pairing.id(),
                                new FeedbackForm(FeedbackKind.EARLY, Map.of(RatingQuestion.RELATIONSHIP, 5), 10, null, null, null))),

                useCase("add training material", "TrainingService.addMaterial", MANAGERS, s -> s.program,
                        (s, program) -> s.world.training.addMaterial(program.id(), "Basics", "https://wiki.example.com/x/1",
                                Set.of(ParticipantRole.MENTOR), true)),
                useCase("complete mentor training", "TrainingService.complete", EnumSet.of(MENTOR), Scene::mentorTraining,
                        (s, material) -> s.world.training.complete(material.id())),
                useCase("list training materials", "TrainingService.materials", PAIR_AND_MANAGERS, Scene::mentorTraining,
                        (s, material) -> s.world.training.materials(material.programId())),

                useCase("view a program dashboard", "ReportService.dashboard", MANAGERS, Scene::active,
                        (s, pairing) -> s.world.reports.dashboard(pairing.programId(), TestData.TODAY.minusDays(27), TestData.TODAY)),
                useCase("list the programs to report on", "ReportService.reportablePrograms", EVERYONE_SIGNED_IN, s -> s.program,
                        (s, program) -> s.world.reports.reportablePrograms()),
                useCase("run the matching", "MatchingService.run", MANAGERS, s -> s.program,
                        (s, program) -> s.world.matching.run(program.id(), Objective.MAXIMIZE_SCORE)),
                useCase("review the proposals", "MatchingService.proposals", MANAGERS, Scene::proposal,
                        (s, proposal) -> s.world.matching.proposals(proposal.programId())),
                useCase("lock a proposal", "MatchingService.lockProposal", MANAGERS, Scene::proposal,
                        (s, proposal) -> s.world.matching.lockProposal(proposal.programId(), proposal.id())),
                useCase("unlock a proposal", "MatchingService.unlockProposal", MANAGERS, Scene::proposal,
                        (s, proposal) -> s.world.matching.unlockProposal(proposal.programId(), proposal.id())),
                useCase("reject a proposal", "MatchingService.rejectProposal", MANAGERS, Scene::proposal,
                        (s, proposal) -> s.world.matching.rejectProposal(proposal.programId(), proposal.id())),
                useCase("exclude a pair", "MatchingService.excludePair", MANAGERS, s -> s.program,
                        (s, program) -> s.world.matching.excludePair(program.id(), s.world.mentor, s.world.mentee)),
                useCase("approve proposals", "MatchingService.approveProposals", MANAGERS, Scene::proposal,
                        (s, proposal) -> s.world.matching.approveProposals(proposal.programId(), List.of(proposal.id()))),
                useCase("get mentor suggestions", "MatchingService.suggestMentors", EnumSet.of(MENTEE), s -> s.program,
                        (s, program) -> s.world.matching.suggestMentors(program.id(), 5)),
                useCase("find experts on a topic", "MatchingService.findExperts", EnumSet.of(MENTEE), Scene::justInTimeProgram,
                        (s, program) -> s.world.matching.findExperts(program.id(), "Java", 5)));
    }

    /** A row whose state {@code given} builds first (as whoever may), and whose {@code call} then runs as the role under test. */
    private static <T> UseCase useCase(String name, String method, Set<Role> allowed, Function<Scene, T> given, BiConsumer<Scene, T> call) {
        return new UseCase(name, method, allowed, scene -> {
            T state = given.apply(scene);
            return () -> call.accept(scene, state);
        });
    }

    static Stream<Arguments> everyUseCaseAsEveryRole() {
        return useCases().stream().flatMap(useCase -> Arrays.stream(Role.values()).map(role -> Arguments.of(useCase, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyUseCaseAsEveryRole")
    void aCallerMayDoExactlyWhatTheirRoleAllows(UseCase useCase, Role role) {
        Scene scene = new Scene();
        Runnable call = useCase.prepare().apply(scene);
        List<AuditEntry> trailBefore = scene.world.audit(scene.program);
        scene.world.users.actAs(role.user(scene.world));

        if (useCase.allowed().contains(role)) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowable(call::run)).isInstanceOf(ForbiddenException.class);
            assertThat(scene.world.audit(scene.program)).isEqualTo(trailBefore);
        }
    }

    @Test
    void theMatrixCoversEveryPublicServiceMethod() {
        Set<String> serviceMethods = SERVICES.stream()
                .flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(AuthorizationMatrixTest::name)
                .collect(Collectors.toSet());

        assertThat(useCases().stream().map(UseCase::method).collect(Collectors.toSet())).isEqualTo(serviceMethods);
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** A program in matching with {@link World#mentor} (capacity 2) and {@link World#mentee}; everything else is made on demand. */
    static final class Scene {
        final World world = new World();
        final Program program = world.matchingProgram();

        /** {@link World#nominee}, nominated as mentor by their manager. */
        Nomination nomination() {
            return world.as(world.nomineeManager,
                    () -> world.nominations.nominate(program.id(), world.nominee, ParticipantRole.MENTOR, "Ready to mentor"));
        }

        Program draft() {
            return world.as(world.admin, () -> world.programs.create(world.settings(ProgramType.REVERSE, MatchingMode.ADMIN)));
        }

        /** A second program, still enrolling, that nobody has joined. */
        Program enrollingProgram() {
            return world.enrollingProgram(ProgramType.JUST_IN_TIME, MatchingMode.SELF);
        }

        Pairing requested() {
            return world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));
        }

        Pairing accepted() {
            return world.acceptedPairing(program);
        }

        Pairing withAgreement() {
            Pairing accepted = accepted();
            return world.as(world.manager, () -> world.pairings.setAgreement(accepted.id(), TestData.terms()));
        }

        Pairing active() {
            return world.activePairing(program);
        }

        Pairing twoWeeksActive() {
            Pairing active = active();
            world.clock.advance(Duration.ofDays(14));
            return active;
        }

        Goal goal() {
            Pairing active = active();
            return world.as(world.mentee, () -> world.progress.addGoal(active.id(), "Give a talk", null, null));
        }

        Milestone milestone() {
            Goal goal = goal();
            return world.as(world.mentee, () -> world.progress.addMilestone(goal.id(), "Draft the slides", null));
        }

        /** The matcher's proposal of {@link World#mentor} for {@link World#mentee}. */
        Pairing proposal() {
            return world.as(world.manager, () -> world.matching.run(program.id(), Objective.MAXIMIZE_SCORE)).proposals().get(0).pairing();
        }

        /** A just-in-time program in matching with {@link World#mentor} and {@link World#mentee}. */
        Program justInTimeProgram() {
            return world.matchingProgram(ProgramType.JUST_IN_TIME, MatchingMode.SELF);
        }

        TrainingMaterial mentorTraining() {
            return world.as(world.manager, () -> world.training.addMaterial(program.id(), "Basics", "https://wiki.example.com/x/1",
                    Set.of(ParticipantRole.MENTOR), true));
        }
    }
}
