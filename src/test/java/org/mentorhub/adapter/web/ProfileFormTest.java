package org.mentorhub.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Skill;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.ValidationException;

class ProfileFormTest {
    private final Map<String, String> sent = new HashMap<>(Map.of(
        "skills.0.name", "Kotlin", "skills.0.level", "ADVANCED",
        "wantedSkills", "Public speaking, , leadership",
        "goals", "Lead a team", "interests", "Climbing", "interestTags", "outdoors",
        "careerLevel", "SENIOR", "businessFunction", "Engineering",
        "timeZone", "Europe/Berlin", "languages", "en, pt-BR"));

    private PageCall call() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        sent.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
        return new PageCall(request, null, null, null);
    }

    @Test
    void readsEveryFieldIntoTheProfile() {
        sent.putAll(Map.of("availability.1.day", "TUESDAY", "availability.1.start", "10:00", "availability.1.end", "11:30",
            "mentorCapacity", "2"));

        Profile profile = ProfileForm.profile(call(), false);

        assertThat(profile.skills()).containsExactly(new Skill("Kotlin", SkillLevel.ADVANCED));
        assertThat(profile.goals().tags()).containsExactlyInAnyOrder("public speaking", "leadership");
        assertThat(profile.goals().text()).isEqualTo("Lead a team");
        assertThat(profile.interests().tags()).containsExactly("outdoors");
        assertThat(profile.careerLevel()).isEqualTo(CareerLevel.SENIOR);
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(profile.languages()).containsExactlyInAnyOrder(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"));
        assertThat(profile.availability()).containsExactly(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 30)));
        assertThat(profile.mentorCapacity()).isEqualTo(2);
        assertThat(profile.demographics().isEmpty()).isTrue();
    }

    @Test
    void reportsEveryWrongFieldAtOnceUnderTheFormsNames() {
        sent.putAll(Map.of("skills.1.name", "Go", "careerLevel", "", "timeZone", "GMT+2", "languages", "english!",
            "availability.0.day", "MONDAY", "availability.0.start", "12:00", "availability.0.end", "11:00",
            "mentorCapacity", "two", "interestTags", "x".repeat(41)));

        ValidationException invalid = catchThrowableOfType(() -> ProfileForm.profile(call(), false), ValidationException.class);

        assertThat(invalid.errors().all()).extracting(FieldError::field).containsExactlyInAnyOrder(
            "skills.level", "availability.end", "interestTags", "careerLevel", "timeZone", "languages", "mentorCapacity");
    }

    @Test
    void demographicsOnlyWhereTheProgramAllowsThem() {
        sent.put("demographics.GENDER", "female");

        assertThat(ProfileForm.profile(call(), false).demographics().isEmpty()).isTrue();
        assertThat(ProfileForm.profile(call(), true).demographics().values()).isEqualTo(Map.of(DemographicAttribute.GENDER, "female"));
    }

    @Test
    void aStoredProfileBecomesTheSameFormValues() {
        sent.putAll(Map.of("availability.0.day", "FRIDAY", "availability.0.start", "09:00", "availability.0.end", "10:00"));
        Profile profile = ProfileForm.profile(call(), false);

        Map<String, List<String>> values = ProfileForm.values(profile);

        assertThat(values).containsEntry("skills.0.name", List.of("Kotlin")).containsEntry("skills.0.level", List.of("ADVANCED"))
            .containsEntry("wantedSkills", List.of("leadership, public speaking")).containsEntry("careerLevel", List.of("SENIOR"))
            .containsEntry("timeZone", List.of("Europe/Berlin")).containsEntry("languages", List.of("en, pt-BR"))
            .containsEntry("availability.0.day", List.of("FRIDAY")).containsEntry("availability.0.start", List.of("09:00"))
            .containsEntry("interestTags", List.of("outdoors"));
        assertThat(Set.copyOf(values.keySet())).doesNotContain("demographics.GENDER");
    }
}
