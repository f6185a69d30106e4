package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.TODAY;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramTest {

    @Test
    void settingsReportEveryInvalidFieldAtOnce() {
        FieldErrors errors = fieldErrors(() -> new ProgramSettings(" ", null, null, MatchingMode.SELF,
                new DateRange(TODAY, TODAY), Period.ZERO, Period.ofDays(-1), 0, CriteriaWeights.balanced(),
                false, false, "mentor", "MENT", Set.of()));

        assertThat(errors.all()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "name", "type", "duration", "checkInCadence", "defaultMentorCapacity", "jiraProjectKey", "managers");
        assertThat(errors.keysFor("defaultMentorCapacity")).containsExactly("mentorhub.validation.range");
        assertThat(errors.keysFor("jiraProjectKey")).containsExactly("mentorhub.validation.format");
    }

    @Test
    void diversityMayOnlyBeWeighedWhereTheProgramAllowsIt() {
        Map<MatchCriterion, Integer> weights = new EnumMap<>(CriteriaWeights.balanced().weights());
        weights.put(MatchCriterion.DIVERSITY, 3);
        ProgramSettings base = TestData.settings();

        FieldErrors errors = fieldErrors(() -> new ProgramSettings(base.name(), null, base.type(), base.matchingMode(),
                base.enrollmentWindow(), base.duration(), base.checkInCadence(), 2, new CriteriaWeights(weights),
                false, false, null, null, base.managers()));
        assertThat(errors.keysFor("criteriaWeights.DIVERSITY")).containsExactly("mentorhub.program.diversityNotAllowed");

        assertThatCode(() -> new ProgramSettings(base.name(), null, base.type(), base.matchingMode(),
                base.enrollmentWindow(), base.duration(), base.checkInCadence(), 2, new CriteriaWeights(weights),
                false, true, null, null, base.managers())).doesNotThrowAnyException();
    }

    @Test
    void weightsMustCountSomethingAndStayInRange() {
        assertThat(fieldErrors(() -> new CriteriaWeights(Map.of(MatchCriterion.SKILLS, 0))).keysFor("criteriaWeights"))
                .containsExactly("mentorhub.program.noCriterion");
        assertThat(fieldErrors(() -> new CriteriaWeights(Map.of(MatchCriterion.SKILLS, 11))).keysFor("criteriaWeights.SKILLS"))
                .containsExactly("mentorhub.validation.range");
    }

    @Test
    void enrollmentWindowEndsOnOrAfterItsStart() {
        assertThat(fieldErrors(() -> new DateRange(TODAY, TODAY.minusDays(1))).keysFor("end"))
                .containsExactly("mentorhub.validation.endBeforeStart");
        assertThat(new DateRange(TODAY, TODAY).contains(TODAY)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} program, today {2} days after window start: enrolling = {3}")
    @CsvSource({
            "ENROLLING, ONE_ON_ONE, 7, true",
            "ENROLLING, ONE_ON_ONE, 37, true",
            "ENROLLING, ONE_ON_ONE, 38, false",
            "ENROLLING, ONE_ON_ONE, -1, false",
            "DRAFT, ONE_ON_ONE, 7, false",
            "MATCHING, ONE_ON_ONE, 7, false",
            "RUNNING, GROUP, 7, false",
            "RUNNING, JUST_IN_TIME, 7, true",
            "MATCHING, JUST_IN_TIME, 7, true",
            "CLOSED, JUST_IN_TIME, 7, false"})
    void acceptsEnrollmentOnlyWhileEnrollingOrRunningJustInTimeAndInsideTheWindow(
            ProgramStatus status, ProgramType type, int daysAfterWindowStart, boolean enrolling) {
        Program program = TestData.program(status, type);
        // The test window starts a week before TODAY and ends 30 days after it.
        var day = TODAY.minusDays(7).plusDays(daysAfterWindowStart);

        if (enrolling) {
            assertThatCode(() -> program.requireAcceptsEnrollment(day)).doesNotThrowAnyException();
        } else {
            assertThat(messageKey(ConflictException.class, () -> program.requireAcceptsEnrollment(day)))
                    .isEqualTo("mentorhub.program.notEnrolling");
        }
    }

    @Test
    void pairingHappensWhileMatchingOrRunning() {
        for (ProgramStatus status : ProgramStatus.values()) {
            Program program = TestData.program(status);
            if (status == ProgramStatus.MATCHING || status == ProgramStatus.RUNNING) {
                assertThatCode(program::requireAcceptsPairing).doesNotThrowAnyException();
            } else {
                assertThat(messageKey(ConflictException.class, program::requireAcceptsPairing)).isEqualTo("mentorhub.program.notMatching");
            }
        }
    }

    @Test
    void closedProgramsKeepTheirSettings() {
        Program closed = TestData.program(ProgramStatus.CLOSED);

        assertThat(messageKey(ConflictException.class, () -> closed.withSettings(TestData.settings())))
                .isEqualTo("mentorhub.program.closed");
    }

    @Test
    void newProgramsStartAsDraftsManagedByTheirManagers() {
        Program program = Program.draft(TestData.settings());

        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(program.isManagedBy(TestData.PROGRAM_MANAGER)).isTrue();
        assertThat(program.isManagedBy(new UserKey("someone-else"))).isFalse();
        assertThat(program.withStatus(ProgramStatus.ENROLLING).status()).isEqualTo(ProgramStatus.ENROLLING);
    }
}
