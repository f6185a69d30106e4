package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mentorhub.domain.Failures.fieldErrors;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.service.ProfileBuilder.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.AvailabilitySlot;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Criterion;
import org.mentorhub.matching.Message;

/** Mentees choosing: ranked suggestions, the request flow after them, and topic search in just-in-time programs. */
class MatchingSuggestionsTest {
    private final World world = new World();

    @Test
    void aMenteeSeesEligibleMentorsWithRoomBestFirstAndAMentorWhoDeclinedNeverAgain() {
        Program program = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        UserKey ann = world.enrollMentor(program, "ann", 1, profile().skill("Java", SkillLevel.EXPERT));
        UserKey bob = world.enrollMentor(program, "bob", 2, profile().skill("Java", SkillLevel.ADVANCED));
        UserKey cem = world.enrollMentor(program, "cem", 1, profile().skill("Java", SkillLevel.EXPERT));
        UserKey xia = world.enrollMentee(program, "xia", profile().goals("Java services", "java"));
        UserKey yan = world.enrollMentee(program, "yan", profile().goals("Java", "java"));
        world.startMatching(program);
        Pairing yanRequest = world.as(yan, () -> world.pairings.request(program.id(), cem));
        world.as(cem, () -> world.pairings.accept(yanRequest.id()));

        List<MentorSuggestion> suggestions = world.as(xia, () -> world.matching.suggestMentors(program.id(), 5));

        assertThat(suggestions).extracting(MentorSuggestion::mentor, MentorSuggestion::freePlaces).containsExactly(tuple(ann, 1), tuple(bob, 2));
        assertThat(suggestions.get(0).explanation().score()).isGreaterThan(suggestions.get(1).explanation().score());
        assertThat(suggestions.get(0).explanation().contributions()).filteredOn(c -> c.criterion() == Criterion.SKILLS)
                .extracting(c -> c.reason()).containsExactly(Message.of("mentorhub.match.reason.skills", 1, 1));
        assertThat(world.as(xia, () -> world.matching.suggestMentors(program.id(), 1))).extracting(MentorSuggestion::mentor).containsExactly(ann);

        Pairing toAnn = world.as(xia, () -> world.pairings.request(program.id(), ann));
        assertThat(world.as(xia, () -> world.matching.suggestMentors(program.id(), 5))).extracting(MentorSuggestion::mentor).containsExactly(bob);
        world.as(ann, () -> world.pairings.decline(toAnn.id()));

        assertThat(world.as(xia, () -> world.matching.suggestMentors(program.id(), 5))).extracting(MentorSuggestion::mentor).containsExactly(bob);
        Pairing toBob = world.as(xia, () -> world.pairings.request(program.id(), bob));
        world.as(bob, () -> world.pairings.accept(toBob.id()));
        assertThat(messageKey(ConflictException.class, () -> world.as(xia, () -> world.matching.suggestMentors(program.id(), 5))))
                .isEqualTo("mentorhub.pairing.menteeAlreadyPaired");
    }

    @Test
    void suggestionsAreForActiveMenteesOfProgramsWhereMenteesChoose() {
        Program adminMatched = world.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.ADMIN);
        Program selfMatched = world.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        Program enrolling = world.enrollingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        world.enroll(world.mentee, enrolling, 0, ParticipantRole.MENTEE);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.matching.suggestMentors(adminMatched.id(), 5))))
                .isEqualTo("mentorhub.pairing.requestsNotAllowed");
        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.matching.suggestMentors(enrolling.id(), 5))))
                .isEqualTo("mentorhub.program.notMatching");
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentor, () -> world.matching.suggestMentors(selfMatched.id(), 5))))
                .isEqualTo("mentorhub.auth.notAParticipant");
        assertThat(fieldErrors(() -> world.as(world.mentee, () -> world.matching.suggestMentors(selfMatched.id(), 0))).keysFor("limit"))
                .containsExactly("mentorhub.validation.range");
        world.as(world.mentee, () -> world.enrollment.optOut(selfMatched.id()));
        assertThat(messageKey(ForbiddenException.class, () -> world.as(world.mentee, () -> world.matching.suggestMentors(selfMatched.id(), 5))))
                .isEqualTo("mentorhub.auth.notAParticipant");
    }

    @Test
    void aMenteeWithNoMentorLeftToChooseGetsNoSuggestions() {
        Program program = world.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        world.as(world.mentee, () -> world.pairings.request(program.id(), world.mentor));

        assertThat(world.as(world.mentee, () -> world.matching.suggestMentors(program.id(), 5))).isEmpty();
    }

    @Test
    void justInTimeMenteesFindExpertsByTopicAndAPersonCanBeBoth() {
        Program program = world.enrollingProgram(ProgramType.JUST_IN_TIME, MatchingMode.SELF);
        AvailabilitySlot monday = new AvailabilitySlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        AvailabilitySlot friday = new AvailabilitySlot(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        UserKey ana = world.enroll("ana", program, profile().skill("Kotlin", SkillLevel.EXPERT).availability(berlin, monday).capacity(2).build(),
                ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        UserKey bo = world.enroll("bo", program, profile().skill("UX Design", SkillLevel.ADVANCED).availability(berlin, monday).capacity(1).build(),
                ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        UserKey cy = world.enroll("cy", program, profile().skill("Kotlin", SkillLevel.EXPERT).availability(berlin, friday).capacity(1).build(),
                ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        world.startMatching(program);

        List<MentorSuggestion> kotlin = world.as(bo, () -> world.matching.findExperts(program.id(), "Kotlin coroutines", 5));
        List<MentorSuggestion> design = world.as(ana, () -> world.matching.findExperts(program.id(), "design reviews", 5));

        assertThat(kotlin).extracting(MentorSuggestion::mentor).containsExactly(ana, cy);
        assertThat(kotlin.get(0).explanation().reasons()).contains(Message.of("mentorhub.match.reason.topic", 5, "Kotlin"));
        assertThat(kotlin.get(1).explanation().reasons()).contains(Message.of("mentorhub.match.reason.availability", 0.0));
        assertThat(design).extracting(MentorSuggestion::mentor).containsExactly(bo);

        Pairing boWithAna = world.as(bo, () -> world.pairings.request(program.id(), ana));
        world.as(ana, () -> world.pairings.accept(boWithAna.id()));
        Pairing cyWithBo = world.as(cy, () -> world.pairings.request(program.id(), bo));
        world.as(bo, () -> world.pairings.accept(cyWithBo.id()));

        assertThat(world.as(cy, () -> world.matching.findExperts(program.id(), "Kotlin", 5)))
                .extracting(MentorSuggestion::mentor, MentorSuggestion::freePlaces).containsExactly(tuple(ana, 1));
        assertThat(world.as(ana, () -> world.matching.findExperts(program.id(), "design", 5))).isEmpty();
    }

    @Test
    void topicSearchIsForJustInTimeProgramsAndNeedsATopic() {
        Program oneOnOne = world.matchingProgram(ProgramType.ONE_ON_ONE, MatchingMode.SELF);
        Program justInTime = world.matchingProgram(ProgramType.JUST_IN_TIME, MatchingMode.SELF);

        assertThat(messageKey(ConflictException.class, () -> world.as(world.mentee, () -> world.matching.findExperts(oneOnOne.id(), "Java", 5))))
                .isEqualTo("mentorhub.matching.notJustInTime");
        assertThat(fieldErrors(() -> world.as(world.mentee, () -> world.matching.findExperts(justInTime.id(), " ", 51))).all())
                .extracting(e -> e.field() + " " + e.messageKey())
                .containsExactly("topic mentorhub.validation.required", "limit mentorhub.validation.range");
        assertThat(world.as(world.mentee, () -> world.matching.findExperts(justInTime.id(), "Java", 5)))
                .extracting(MentorSuggestion::mentor).containsExactly(world.mentor);
    }
}
