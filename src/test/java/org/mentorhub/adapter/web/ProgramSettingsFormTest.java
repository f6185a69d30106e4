package org.mentorhub.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.ValidationException;

class ProgramSettingsFormTest {
    private static final UserKey PAT = new UserKey("JIRAUSER10001");
    private static final Map<String, UserKey> USERS = Map.of("pat.manager", PAT);

    @Test
    void aProgramsSettingsSurviveTheFormUnchanged() {
        Map<MatchCriterion, Integer> weights = new HashMap<>(CriteriaWeights.balanced().weights());
        weights.put(MatchCriterion.SKILLS, 9);
        weights.put(MatchCriterion.DIVERSITY, 2);
        ProgramSettings settings = new ProgramSettings("Leaders", "For new leads", ProgramType.GROUP, MatchingMode.ADMIN,
            new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5)), Period.ofMonths(9), Period.ofDays(21), 4,
            new CriteriaWeights(weights), true, true, "MENT", "MENTORS", Set.of(PAT));

        Map<String, List<String>> values = ProgramSettingsForm.values(settings, user -> "pat.manager");

        assertThat(ProgramSettingsForm.read(call(values), this::user)).isEqualTo(settings);
    }

    @Test
    void reportsEveryProblemAtItsFieldAtOnce() {
        Map<String, List<String>> values = new HashMap<>(ProgramSettingsForm.defaults(LocalDate.of(2026, 3, 1), "pat.manager"));
        values.put("name", List.of(""));
        values.put("end", List.of("2026-02-01"));
        values.put("duration", List.of("six"));
        values.put("criteriaWeights.SKILLS", List.of("11"));
        values.put("managers", List.of("pat.manager, ghost"));

        ValidationException invalid = catchThrowableOfType(ValidationException.class,
            () -> ProgramSettingsForm.read(call(values), this::user));

        assertThat(invalid.errors().all()).extracting(FieldError::field, FieldError::messageKey).contains(
            tuple("name", "mentorhub.validation.required"),
            tuple("end", "mentorhub.validation.endBeforeStart"),
            tuple("duration", ProgramSettingsForm.NUMBER_EXPECTED),
            tuple("criteriaWeights.SKILLS", "mentorhub.validation.range"),
            tuple("managers", ProgramSettingsForm.UNKNOWN_USERS));
        assertThat(invalid.errors().all()).filteredOn(e -> e.field().equals("managers")).extracting(FieldError::messageArgs)
            .containsExactly(List.of("ghost"));
        // The failed window and weights are reported at their own fields, not again as "required" with no field to show it at.
        assertThat(invalid.errors().all()).extracting(FieldError::field).doesNotContain("enrollmentWindow", "criteriaWeights");
    }

    private Optional<UserKey> user(String username) {
        return Optional.ofNullable(USERS.get(username));
    }

    private static PageCall call(Map<String, List<String>> values) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        values.forEach((name, given) -> when(request.getParameter(name)).thenReturn(given.get(0)));
        return new PageCall(request, null, null, null);
    }
}
