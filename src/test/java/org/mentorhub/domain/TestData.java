package org.mentorhub.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Valid domain records to start tests from; tests change only what they are about. */
public final class TestData {
    public static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final UserKey PROGRAM_MANAGER = new UserKey("JIRAUSER10001");

    private TestData() {
    }

    public static UserKey user(String key) {
        return new UserKey(key);
    }

    public static ProgramSettings settings(ProgramType type, MatchingMode mode) {
        return new ProgramSettings("Leadership 2025", "Mentoring for new team leads", type, mode,
                new DateRange(TODAY.minusDays(7), TODAY.plusDays(30)), Period.ofMonths(6), Period.ofDays(14), 2,
                CriteriaWeights.balanced(), false, false, "MENTOR", "MENT", Set.of(PROGRAM_MANAGER));
    }

    public static ProgramSettings settings() {
        return settings(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
    }

    public static ProgramSettings withTrainingRequired(ProgramSettings s) {
        return new ProgramSettings(s.name(), s.description(), s.type(), s.matchingMode(), s.enrollmentWindow(), s.duration(),
                s.checkInCadence(), s.defaultMentorCapacity(), s.criteriaWeights(), true, s.diversityPreferencesAllowed(),
                s.jiraProjectKey(), s.confluenceSpaceKey(), s.managers());
    }

    public static Program program(ProgramStatus status, ProgramType type) {
        return new Program(Id.random(), status, settings(type, MatchingMode.HYBRID));
    }

    public static Program program(ProgramStatus status) {
        return program(status, ProgramType.ONE_ON_ONE);
    }

    public static Profile profile(CareerLevel level, UserKey manager, int mentorCapacity) {
        return new Profile(List.of(new Skill("Java", SkillLevel.ADVANCED)),
                new TaggedText("Distributed systems", Set.of("java", "architecture")),
                new TaggedText("Lead a team", Set.of("leadership")),
                level, "Engineering", manager, "Berlin", ZoneId.of("Europe/Berlin"), Set.of(Locale.ENGLISH),
                List.of(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))),
                mentorCapacity, Demographics.NONE);
    }

    public static Profile profile(int mentorCapacity) {
        return profile(CareerLevel.SENIOR, null, mentorCapacity);
    }

    public static Consent consent(ConsentScope... scopes) {
        Set<ConsentScope> all = EnumSet.of(ConsentScope.PARTICIPATION, scopes);
        return Consent.given(NOW, all, "v1");
    }

    public static Participant participant(Program program, UserKey user, Profile profile, ParticipantRole... roles) {
        return new Participant(Id.random(), program.id(), user, Set.of(roles), ParticipantSource.EMPLOYEE, consent(), profile);
    }

    public static Participant mentor(Program program, UserKey user, int capacity) {
        return participant(program, user, profile(capacity), ParticipantRole.MENTOR);
    }

    public static Participant mentee(Program program, UserKey user) {
        return participant(program, user, profile(CareerLevel.ENTRY, null, 0), ParticipantRole.MENTEE);
    }

    public static Pairing pairing(Program program, UserKey mentor, PairingStatus status, UserKey... mentees) {
        return new Pairing(Id.random(), program.id(), mentor, List.of(mentees), status, null, null, null, null, null, NOW);
    }

    public static AgreementTerms terms() {
        return new AgreementTerms(true, Period.ofDays(14), Period.ofMonths(6), "Prepare an agenda; meet every two weeks");
    }

    public static Goal goal(Id<Pairing> pairingId, ProgressStatus status) {
        return new Goal(Id.random(), pairingId, "Run a retrospective", null, TODAY.plusMonths(1), status, null, null);
    }
}
