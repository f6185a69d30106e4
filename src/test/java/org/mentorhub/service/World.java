package org.mentorhub.service;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.mentorhub.domain.AuditEntry;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Locks;
import org.mentorhub.port.StoreSet;
import org.mentorhub.service.inmemory.InMemoryStores;
import org.mentorhub.service.inmemory.InMemoryUsers;
import org.mentorhub.service.inmemory.JvmLocks;

/**
 * The services wired to in-memory stores, with one user per role of the authorization model and
 * shortcuts that drive the services into a state to test from.
 */
final class World {
    final InMemoryUsers users = new InMemoryUsers();
    final MutableClock clock = new MutableClock(TestData.NOW);
    final StoreSet stores;
    final Locks locks = new JvmLocks();

    final UserKey admin = users.add("admin");
    final UserKey manager = users.add("program-manager");
    final UserKey mentor = users.add("mentor");
    final UserKey mentee = users.add("mentee");
    final UserKey nominee = users.add("nominee");
    final UserKey nomineeManager = users.add("nominees-manager");
    final UserKey other = users.add("someone-else");

    final ProgramService programs;
    final EnrollmentService enrollment;
    final NominationService nominations;
    final PairingService pairings;
    final PairIssueService pairIssues;
    final ProgressService progress;
    final SessionService sessions;
    final FeedbackService feedback;
    final TrainingService training;
    final ReportService reports;
    final MatchingService matching;

    World() {
        this(InMemoryStores.create());
    }

    /** The world over {@code stores}, e.g. with a store that fails on purpose. */
    World(StoreSet stores) {
        this.stores = stores;
        users.makeAdmin(admin);
        users.setManager(nominee, nomineeManager);
        UseCases wired = UseCases.wire(stores, users, clock, locks);
        programs = wired.programs();
        enrollment = wired.enrollment();
        nominations = wired.nominations();
        pairings = wired.pairings();
        pairIssues = wired.pairIssues();
        progress = wired.progress();
        sessions = wired.sessions();
        feedback = wired.feedback();
        training = wired.training();
        reports = wired.reports();
        matching = wired.matching();
    }

    /** Runs {@code action} signed in as {@code user} ({@code null}: nobody signed in). */
    <T> T as(UserKey user, Supplier<T> action) {
        users.actAs(user);
        return action.get();
    }

    void as(UserKey user, Runnable action) {
        users.actAs(user);
        action.run();
    }

    ProgramSettings settings(ProgramType type, MatchingMode mode) {
        return new ProgramSettings("Leadership " + type, null, type, mode,
                new DateRange(TestData.TODAY.minusDays(1), TestData.TODAY.plusDays(60)), Period.ofMonths(6), Period.ofDays(14), 2,
                CriteriaWeights.balanced(), false, false, null, null, Set.of(manager));
    }

    /** {@link #settings} with other matching settings. */
    ProgramSettings settings(ProgramType type, MatchingMode mode, CriteriaWeights weights, boolean trainingRequired, boolean diversityAllowed) {
        ProgramSettings base = settings(type, mode);
        return new ProgramSettings(base.name(), null, type, mode, base.enrollmentWindow(), base.duration(), base.checkInCadence(),
                base.defaultMentorCapacity(), weights, trainingRequired, diversityAllowed, null, null, base.managers());
    }

    /** A program created by the administrator and opened for enrollment by its manager. */
    Program enrollingProgram(ProgramType type, MatchingMode mode) {
        return enrollingProgram(settings(type, mode));
    }

    Program enrollingProgram(ProgramSettings settings) {
        Program draft = as(admin, () -> programs.create(settings));
        return as(manager, () -> programs.changeStatus(draft.id(), ProgramStatus.ENROLLING));
    }

    static EnrollmentForm form(Profile profile, ParticipantRole... roles) {
        return new EnrollmentForm(Set.of(roles), ParticipantSource.EMPLOYEE, profile, Set.of(ConsentScope.PARTICIPATION), "v1");
    }

    Participant enroll(UserKey user, Program program, int mentorCapacity, ParticipantRole... roles) {
        return as(user, () -> enrollment.enroll(program.id(), form(TestData.profile(mentorCapacity), roles)));
    }

    /** A new user, enrolled with {@code profile} and consent to participate (and, given demographics, to their use). */
    UserKey enroll(String key, Program program, Profile profile, ParticipantRole... roles) {
        UserKey user = users.add(key);
        Set<ConsentScope> consent = profile.demographics().isEmpty() ? Set.of(ConsentScope.PARTICIPATION)
                : Set.of(ConsentScope.PARTICIPATION, ConsentScope.DEMOGRAPHICS);
        as(user, () -> enrollment.enroll(program.id(), new EnrollmentForm(Set.of(roles), ParticipantSource.EMPLOYEE, profile, consent, "v1")));
        return user;
    }

    UserKey enrollMentor(Program program, String key, int capacity, ProfileBuilder profile) {
        return enroll(key, program, profile.capacity(capacity).build(), ParticipantRole.MENTOR);
    }

    UserKey enrollMentee(Program program, String key, ProfileBuilder profile) {
        return enroll(key, program, profile.build(), ParticipantRole.MENTEE);
    }

    /** An enrolling program with {@link #mentor} (capacity 2) and {@link #mentee} enrolled. */
    Program enrolledProgram(ProgramType type, MatchingMode mode) {
        Program program = enrollingProgram(type, mode);
        enroll(mentor, program, 2, ParticipantRole.MENTOR);
        enroll(mentee, program, 0, ParticipantRole.MENTEE);
        return program;
    }

    /** Enrolls new users, one per key, as mentees. */
    List<UserKey> enrollMentees(Program program, String... keys) {
        return Arrays.stream(keys).map(key -> {
            UserKey user = users.add(key);
            enroll(user, program, 0, ParticipantRole.MENTEE);
            return user;
        }).toList();
    }

    Program startMatching(Program program) {
        return as(manager, () -> programs.changeStatus(program.id(), ProgramStatus.MATCHING));
    }

    Program matchingProgram(ProgramType type, MatchingMode mode) {
        return startMatching(enrolledProgram(type, mode));
    }

    Program matchingProgram() {
        return matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
    }

    /** {@link #mentee} requested {@link #mentor}, who accepted. */
    Pairing acceptedPairing(Program program) {
        Pairing requested = as(mentee, () -> pairings.request(program.id(), mentor));
        return as(mentor, () -> pairings.accept(requested.id()));
    }

    /** An accepted pairing whose agreement both sides accepted. */
    Pairing activePairing(Program program) {
        Id<Pairing> id = acceptedPairing(program).id();
        as(manager, () -> pairings.setAgreement(id, TestData.terms()));
        as(mentor, () -> pairings.acceptAgreement(id));
        return as(mentee, () -> pairings.acceptAgreement(id));
    }

    List<AuditEntry> audit(Program program) {
        return stores.auditLog().listByProgram(program.id(), Integer.MAX_VALUE);
    }
}
