package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.failure;
import static org.mentorhub.domain.Failures.fieldErrors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void aBuilderCollectsEveryErrorWithItsArguments() {
        ValidationException failure = failure(ValidationException.class, () -> FieldErrors.builder()
                .requireText("name", "x".repeat(11), 10)
                .range("capacity", 0, 1, 5)
                .required("type", null)
                .throwIfAny());

        assertThat(failure.messageKey()).isEqualTo("mentorhub.validation.failed");
        assertThat(failure.errors().all()).containsExactly(
                new FieldError("name", "mentorhub.validation.tooLong", List.of(10)),
                new FieldError("capacity", "mentorhub.validation.range", List.of(1, 5)),
                new FieldError("type", "mentorhub.validation.required", List.of()));
    }

    @Test
    void datesOutsideFourDigitYearsAreFieldErrorsNotStorageFailures() {
        Id<Pairing> pairing = Id.random();
        assertThat(fieldErrors(() -> Goal.open(pairing, "Speak up", null, LocalDate.of(10_000, 1, 1))).keysFor("dueDate"))
                .containsExactly("mentorhub.validation.dateRange");
        assertThat(fieldErrors(() -> FieldErrors.builder().optionalDate("start", LocalDate.of(-1, 1, 1)).throwIfAny()).keysFor("start"))
                .containsExactly("mentorhub.validation.dateRange");
        assertThat(fieldErrors(() -> FieldErrors.builder().optionalInstant("startsAt", Instant.MAX).throwIfAny()).keysFor("startsAt"))
                .containsExactly("mentorhub.validation.dateRange");
        assertThat(Goal.open(pairing, "Speak up", null, FieldErrors.LAST_DAY).dueDate()).isEqualTo(FieldErrors.LAST_DAY);
    }

    @Test
    void periodsAreLongerThanZeroAndEnteredAsAtMostTenYears() {
        assertThat(fieldErrors(() -> FieldErrors.builder().maxPeriod("duration", Period.ofDays(Integer.MAX_VALUE)).throwIfAny())
                .keysFor("duration")).containsExactly("mentorhub.validation.periodTooLong");
        assertThat(fieldErrors(() -> FieldErrors.builder().maxPeriod("duration", Period.ofYears(11)).throwIfAny())
                .keysFor("duration")).containsExactly("mentorhub.validation.periodTooLong");
        assertThat(fieldErrors(() -> FieldErrors.builder().requirePositive("duration", Period.ZERO).throwIfAny())
                .keysFor("duration")).containsExactly("mentorhub.validation.positivePeriod");
        FieldErrors.builder().maxPeriod("duration", Period.ofYears(10)).maxPeriod("months", Period.ofMonths(120))
                .maxPeriod("cadence", Period.ofDays(14)).throwIfAny();
    }

    @Test
    void recordsStoredBeforeTheInputRulesStillLoad() {
        // The rules above apply to input; a record read back from the database is never refused by them.
        assertThat(new AgreementTerms(true, Period.ofYears(20), Period.ofYears(99), "As agreed long ago").duration()).hasYears(99);
        assertThat(new DateRange(LocalDate.of(1800, 1, 1), LocalDate.of(1800, 12, 31)).start()).hasYear(1800);
    }

    @Test
    void trainingLivesAtAConfluencePageOrAWebAddressNeverAtAScript() {
        Id<Program> program = Id.random();
        Set<ParticipantRole> mentors = Set.of(ParticipantRole.MENTOR);
        assertThat(fieldErrors(() -> new TrainingMaterial(Id.random(), program, "Basics", "javascript:alert(1)", mentors, true))
                .keysFor("location")).containsExactly("mentorhub.validation.format");
        assertThat(new TrainingMaterial(Id.random(), program, "Basics", "163841", mentors, true).location()).isEqualTo("163841");
        assertThat(new TrainingMaterial(Id.random(), program, "Basics", "https://wiki.example.com/x/1", mentors, true).location())
                .isEqualTo("https://wiki.example.com/x/1");
    }

    @Test
    void aFieldIsReportedMissingRatherThanAlsoMalformed() {
        assertThat(fieldErrors(() -> new IssueKey(" ")).keysFor("jiraIssueKey")).containsExactly("mentorhub.validation.required");
        assertThat(fieldErrors(() -> new IssueKey("mentor-1")).keysFor("jiraIssueKey")).containsExactly("mentorhub.validation.issueKey");
        assertThat(new IssueKey("MENTOR-42").value()).isEqualTo("MENTOR-42");
        assertThat(IssueKey.typed(" mentor-42 ").value()).isEqualTo("MENTOR-42");
        assertThat(fieldErrors(() -> IssueKey.typed(null)).keysFor("jiraIssueKey")).containsExactly("mentorhub.validation.required");
    }

    @Test
    void anUnreadableIdNamesNothing() {
        assertThat(failure(NotFoundException.class, () -> Id.parse("not-a-uuid")).messageKey()).isEqualTo("mentorhub.id.malformed");
        Id<Program> id = Id.random();
        assertThat(Id.<Program>parse(id.toString())).isEqualTo(id);
    }

    @Test
    void tagsAreTrimmedAndCaseInsensitive() {
        assertThat(new TaggedText("text", Set.of(" Kotlin", "kotlin", "JAVA")).tags()).containsExactlyInAnyOrder("kotlin", "java");
        assertThat(fieldErrors(() -> new TaggedText(null, Set.of("  "))).keysFor("tags")).containsExactly("mentorhub.validation.required");
    }

    @Test
    void userKeysAreNeverBlank() {
        assertThat(fieldErrors(() -> new UserKey("")).keysFor("userKey")).containsExactly("mentorhub.validation.required");
    }
}
