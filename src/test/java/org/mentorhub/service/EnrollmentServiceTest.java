package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.Demographics;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;

class EnrollmentServiceTest {
    private final World world = new World();

    @Test
    void enrollingRecordsTheConsentGivenAndWhen() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        EnrollmentForm form = new EnrollmentForm(Set.of(ParticipantRole.MENTOR, ParticipantRole.MENTEE), ParticipantSource.ALUMNUS,
                TestData.profile(2), Set.of(ConsentScope.PARTICIPATION), "2025-02");

        Participant participant = world.as(world.other, () -> world.enrollment.enroll(program.id(), form));

        assertThat(participant.consent().givenAt()).isEqualTo(TestData.NOW);
        assertThat(participant.consent().policyVersion()).isEqualTo("2025-02");
        assertThat(participant.roles()).containsExactlyInAnyOrder(ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        assertThat(world.stores.participants().get(program.id(), world.other)).isEqualTo(participant);
    }

    @Test
    void enrollingWithoutConsentIsRejectedAndStoresNothing() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        EnrollmentForm form = new EnrollmentForm(Set.of(ParticipantRole.MENTEE), ParticipantSource.EMPLOYEE, TestData.profile(0), Set.of(), "v1");

        assertThat(fieldErrors(() -> world.as(world.other, () -> world.enrollment.enroll(program.id(), form))).keysFor("consent.scopes"))
                .containsExactly("mentorhub.consent.participationRequired");
        assertThat(world.stores.participants().find(program.id(), world.other)).isEmpty();
    }

    @Test
    void theDirectoryDecidesTheReportingLine() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        Profile claimsNoManager = TestData.profile(0);

        Participant participant = world.as(world.nominee, () -> world.enrollment.enroll(program.id(), World.form(claimsNoManager, ParticipantRole.MENTEE)));

        assertThat(participant.profile().manager()).isEqualTo(world.nomineeManager);
    }

    @Test
    void nobodyEnrollsTwiceOrOutsideEnrollment() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        world.enroll(world.mentee, program, 0, ParticipantRole.MENTEE);

        assertThat(messageKey(ConflictException.class, () -> world.enroll(world.mentee, program, 0, ParticipantRole.MENTEE)))
                .isEqualTo("mentorhub.participant.alreadyEnrolled");
        world.startMatching(program);
        assertThat(messageKey(ConflictException.class, () -> world.enroll(world.other, program, 0, ParticipantRole.MENTEE)))
                .isEqualTo("mentorhub.program.notEnrolling");
    }

    @Test
    void optingOutErasesDemographicsAndAllowsComingBack() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        Profile p = TestData.profile(0);
        Profile withDemographics = new Profile(p.skills(), p.interests(), p.goals(), p.careerLevel(), p.businessFunction(), p.manager(),
                p.location(), p.timeZone(), p.languages(), p.availability(), 0, new Demographics(Map.of(DemographicAttribute.GENDER, "f")));
        world.as(world.other, () -> world.enrollment.enroll(program.id(), new EnrollmentForm(Set.of(ParticipantRole.MENTEE),
                ParticipantSource.EMPLOYEE, withDemographics, Set.of(ConsentScope.PARTICIPATION, ConsentScope.DEMOGRAPHICS), "v1")));

        Participant optedOut = world.as(world.other, () -> world.enrollment.optOut(program.id()));

        assertThat(optedOut.isActive()).isFalse();
        assertThat(world.stores.participants().get(program.id(), world.other).profile().demographics().isEmpty()).isTrue();
        Participant back = world.enroll(world.other, program, 1, ParticipantRole.MENTOR);
        assertThat(back.isActive()).isTrue();
        assertThat(back.roles()).containsExactly(ParticipantRole.MENTOR);
        assertThat(back.id()).isEqualTo(optedOut.id());
    }

    @Test
    void openPairingsMustEndBeforeOptingOut() {
        Program program = world.matchingProgram();
        world.acceptedPairing(program);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.enrollment.optOut(program.id()))))
                .isEqualTo("mentorhub.participant.hasOpenPairings");
    }

    @Test
    void mentorsCannotLowerTheirCapacityBelowTheirMentees() {
        Program program = world.enrolledProgram(ProgramType.ONE_ON_ONE, MatchingMode.HYBRID);
        UserKey secondMentee = world.enrollMentees(program, "second-mentee").get(0);
        world.startMatching(program);
        world.acceptedPairing(program);
        var second = world.as(secondMentee, () -> world.pairings.request(program.id(), world.mentor));
        world.as(world.mentor, () -> world.pairings.accept(second.id()));

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentor, () -> world.enrollment.updateProfile(program.id(), TestData.profile(1)))))
                .isEqualTo("mentorhub.participant.capacityBelowLoad");
        Participant raised = world.as(world.mentor, () -> world.enrollment.updateProfile(program.id(), TestData.profile(4)));
        assertThat(raised.profile().mentorCapacity()).isEqualTo(4);
    }

    @Test
    void aSelfDeclaredManagerMustBeSomeoneTheDirectoryKnows() {
        Program program = world.matchingProgram();

        assertThat(fieldErrors(() -> world.as(world.mentor, () -> world.enrollment.updateProfile(program.id(),
                TestData.profile(CareerLevel.SENIOR, new UserKey("nobody"), 2)))).keysFor("manager"))
                .containsExactly("mentorhub.user.notFound");
    }

    @Test
    void onlyParticipantsEditTheirProfile() {
        Program program = world.matchingProgram();

        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.other, () -> world.enrollment.updateProfile(program.id(), TestData.profile(1)))))
                .isEqualTo("mentorhub.auth.notAParticipant");
    }

    @Test
    void othersSeeAParticipantWithoutDemographicsAndStrangersNotAtAll() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        world.enroll(world.mentor, program, 1, ParticipantRole.MENTOR);
        world.enroll(world.mentee, program, 0, ParticipantRole.MENTEE);

        Participant seenByMentee = world.as(world.mentee, () -> world.enrollment.view(program.id(), world.mentor));
        Participant seenByManager = world.as(world.manager, () -> world.enrollment.view(program.id(), world.mentor));

        assertThat(seenByMentee.user()).isEqualTo(world.mentor);
        assertThat(seenByManager.profile().demographics().isEmpty()).isTrue();
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.other, () -> world.enrollment.view(program.id(), world.mentor))))
                .isEqualTo("mentorhub.auth.forbidden");
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.other, () -> world.enrollment.view(program.id(), new UserKey("ghost")))))
                .isEqualTo("mentorhub.auth.forbidden");
        assertThat(program.status()).isEqualTo(ProgramStatus.ENROLLING);
    }

    @Test
    void onlyManagersListParticipants() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        world.enroll(world.mentor, program, 1, ParticipantRole.MENTOR);
        world.enroll(world.mentee, program, 0, ParticipantRole.MENTEE);

        List<Participant> listed = world.as(world.manager, () -> world.enrollment.listForProgram(program.id()));

        assertThat(listed).extracting(Participant::user).containsExactlyInAnyOrder(world.mentor, world.mentee);
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentee, () -> world.enrollment.listForProgram(program.id()))))
                .isEqualTo("mentorhub.auth.forbidden");
    }
}
