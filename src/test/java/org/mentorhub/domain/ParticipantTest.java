package org.mentorhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.TestData.NOW;
import static org.mentorhub.domain.TestData.consent;
import static org.mentorhub.domain.TestData.profile;
import static org.mentorhub.domain.TestData.user;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantTest {
    private final Program program = TestData.program(ProgramStatus.ENROLLING);
    private final UserKey ada = user("ada");
    private final Demographics demographics = new Demographics(Map.of(DemographicAttribute.GENDER, "female"));

    @Test
    void mentorsNeedRoomForAtLeastOneMentee() {
        FieldErrors errors = fieldErrors(() -> TestData.participant(program, ada, profile(0), ParticipantRole.MENTOR));

        assertThat(errors.keysFor("mentorCapacity")).containsExactly("mentorhub.participant.mentorCapacityRequired");
    }

    @Test
    void demographicsAreStoredOnlyWithExplicitConsent() {
        Profile withDemographics = withDemographics(profile(1));

        FieldErrors errors = fieldErrors(() -> new Participant(Id.random(), program.id(), ada, Set.of(ParticipantRole.MENTEE),
                ParticipantSource.EMPLOYEE, consent(), withDemographics));

        assertThat(errors.keysFor("demographics")).containsExactly("mentorhub.participant.demographicsNeedConsent");
    }

    @Test
    void demographicsAreShownToNobodyButTheParticipant() {
        Participant participant = new Participant(Id.random(), program.id(), ada, Set.of(ParticipantRole.MENTEE),
                ParticipantSource.ALUMNUS, consent(ConsentScope.DEMOGRAPHICS), withDemographics(profile(0)));

        assertThat(participant.asSeenBy(ada).profile().demographics()).isEqualTo(demographics);
        assertThat(participant.asSeenBy(user("program-manager")).profile().demographics().isEmpty()).isTrue();
        assertThat(participant.asSeenBy(user("program-manager")).profile().skills()).isEqualTo(participant.profile().skills());
    }

    @Test
    void optingOutWithdrawsConsentAndErasesDemographics() {
        Participant participant = new Participant(Id.random(), program.id(), ada, Set.of(ParticipantRole.MENTEE),
                ParticipantSource.EMPLOYEE, consent(ConsentScope.DEMOGRAPHICS), withDemographics(profile(0)));

        Participant optedOut = participant.optedOut(NOW.plusSeconds(60));

        assertThat(optedOut.isActive()).isFalse();
        assertThat(optedOut.consent().withdrawnAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(optedOut.consent().covers(ConsentScope.PARTICIPATION)).isFalse();
        assertThat(optedOut.profile().demographics().isEmpty()).isTrue();
    }

    @Test
    void consentAlwaysCoversParticipationAndNamesTheTextAgreedTo() {
        FieldErrors errors = fieldErrors(() -> new Consent(NOW, Set.of(ConsentScope.DEMOGRAPHICS), " ", null));

        assertThat(errors.keysFor("consent.scopes")).containsExactly("mentorhub.consent.participationRequired");
        assertThat(errors.keysFor("consent.policyVersion")).containsExactly("mentorhub.validation.required");
    }

    @Test
    void profileRejectsDuplicateSkillsAndInvalidSlots() {
        Profile valid = profile(1);
        FieldErrors errors = fieldErrors(() -> new Profile(
                List.of(new Skill("Java", SkillLevel.EXPERT), new Skill("java", SkillLevel.BEGINNER)),
                null, null, null, null, null, null, valid.timeZone(), null, null, 99, null));

        assertThat(errors.keysFor("skills")).containsExactly("mentorhub.profile.duplicateSkill");
        assertThat(errors.keysFor("careerLevel")).containsExactly("mentorhub.validation.required");
        assertThat(errors.keysFor("mentorCapacity")).containsExactly("mentorhub.validation.range");
        assertThat(fieldErrors(() -> new AvailabilitySlot(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.NOON))
                .keysFor("availability.end")).containsExactly("mentorhub.validation.endBeforeStart");
    }

    @Test
    void reportingLineIsSeenFromBothSides() {
        UserKey boss = user("boss");
        Profile reportsToBoss = profile(CareerLevel.ENTRY, boss, 0);
        Profile independent = profile(1);

        assertThat(Profile.inReportingLine(boss, independent, ada, reportsToBoss)).isTrue();
        assertThat(Profile.inReportingLine(ada, reportsToBoss, boss, independent)).isTrue();
        assertThat(Profile.inReportingLine(ada, independent, boss, independent)).isFalse();
    }

    private Profile withDemographics(Profile p) {
        return new Profile(p.skills(), p.interests(), p.goals(), p.careerLevel(), p.businessFunction(), p.manager(), p.location(),
                p.timeZone(), p.languages(), p.availability(), p.mentorCapacity(), demographics);
    }
}
