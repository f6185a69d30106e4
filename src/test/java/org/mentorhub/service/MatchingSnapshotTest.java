package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.service.ProfileBuilder.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.CareerLevel;
import org.mentorhub.domain.Consent;
import org.mentorhub.domain.ConsentScope;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DemographicAttribute;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Participant;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.ParticipantSource;
import org.mentorhub.domain.Profile;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.SkillLevel;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;
import org.mentorhub.matching.Contribution;
import org.mentorhub.matching.Criterion;
import org.mentorhub.matching.DiversityProfile;
import org.mentorhub.matching.MatchProfile;
import org.mentorhub.matching.PairKey;
import org.mentorhub.matching.PairScorer;

/** The mapping from a program's domain state onto the matching engine's input. */
class MatchingSnapshotTest {
    private final World settingsSource = new World();
    private final UserKey ann = new UserKey("ann");
    private final UserKey bob = new UserKey("bob");
    private final UserKey xia = new UserKey("xia");
    private final UserKey yan = new UserKey("yan");

    @Test
    void weightsBecomeWholePercentByLargestRemainderWithTimeZonesCountingAsAvailability() {
        Map<Criterion, Integer> balanced = MatchingSnapshot.percentWeights(CriteriaWeights.balanced()).percent();
        Map<Criterion, Integer> skewed = MatchingSnapshot.percentWeights(new CriteriaWeights(
                Map.of(MatchCriterion.SKILLS, 10, MatchCriterion.GOALS, 5, MatchCriterion.TIME_ZONE, 3, MatchCriterion.LOCATION, 3))).percent();

        assertThat(balanced).containsEntry(Criterion.AVAILABILITY, 23).containsEntry(Criterion.SKILLS, 11)
                .containsEntry(Criterion.LANGUAGE, 11).containsEntry(Criterion.DIVERSITY, 0);
        assertThat(balanced.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        // 10/21, 5/21, 3/21, 3/21 of 100 are 47.6, 23.8, 14.3, 14.3: the largest remainders round up.
        assertThat(skewed).containsEntry(Criterion.SKILLS, 48).containsEntry(Criterion.GOALS, 24)
                .containsEntry(Criterion.AVAILABILITY, 14).containsEntry(Criterion.LOCATION, 14).containsEntry(Criterion.INTERESTS, 0);
    }

    @Test
    void profilesCarrySkillsGoalsAndFreePlacesAndOnlyActiveParticipantsTakePart() {
        Program program = program(false, false, ProgramType.ONE_ON_ONE);
        Participant mentor = participant(program, ann, profile().skill("Java", SkillLevel.BEGINNER).skill("Kotlin", SkillLevel.EXPERT)
                .interests("Climbing", "outdoors").level(CareerLevel.LEAD).capacity(3).build(), ParticipantRole.MENTOR);
        Participant mentee = participant(program, xia, profile().goals("Lead a team", "leadership", "java").build(), ParticipantRole.MENTEE);
        Participant optedOut = participant(program, yan, profile().build(), ParticipantRole.MENTEE).optedOut(TestData.NOW);
        Pairing accepted = TestData.pairing(program, ann, PairingStatus.ACCEPTED, bob);

        MatchingSnapshot snapshot = snapshot(program, List.of(optedOut, mentee, mentor), List.of(accepted), List.of(), List.of());

        MatchProfile mentorProfile = snapshot.profile(ann).orElseThrow();
        MatchProfile menteeProfile = snapshot.profile(xia).orElseThrow();
        assertThat(mentorProfile.skills()).isEqualTo(Map.of("Java", 2, "Kotlin", 5));
        assertThat(mentorProfile.capacity()).isEqualTo(2);
        assertThat(snapshot.freePlaces(ann)).isEqualTo(2);
        assertThat(mentorProfile.careerLevel()).isEqualTo(CareerLevel.LEAD.ordinal());
        assertThat(mentorProfile.tags()).containsExactly("outdoors");
        assertThat(mentorProfile.languages()).containsExactly("en");
        assertThat(menteeProfile.wantedSkills()).containsExactlyInAnyOrder("leadership", "java");
        assertThat(menteeProfile.goals()).isEqualTo("Lead a team");
        assertThat(snapshot.profile(yan)).isEmpty();
        assertThat(snapshot.mentees()).containsExactly(xia);
        assertThat(snapshot.mentors()).containsExactly(ann);
        assertThat(snapshot.engineProgram().reverse()).isFalse();
    }

    @Test
    void onlyMentorsWhoCompletedTheRequiredTrainingCountAsTrained() {
        Program program = program(true, false, ProgramType.ONE_ON_ONE);
        TrainingMaterial basics = new TrainingMaterial(Id.random(), program.id(), "Basics", "https://wiki.example.com/x/1",
                Set.of(ParticipantRole.MENTOR), true);
        List<Participant> mentors = List.of(participant(program, ann, profile().capacity(1).build(), ParticipantRole.MENTOR),
                participant(program, bob, profile().capacity(1).build(), ParticipantRole.MENTOR));

        MatchingSnapshot snapshot = new MatchingSnapshot(program, mentors, List.of(), List.of(basics),
                List.of(new TrainingCompletion(basics.id(), program.id(), ann, TestData.NOW)), List.of(), List.of(), TestData.TODAY);

        assertThat(snapshot.engineProgram().trainingRequired()).isTrue();
        assertThat(snapshot.profile(ann).orElseThrow().trainingDone()).isTrue();
        assertThat(snapshot.profile(bob).orElseThrow().trainingDone()).isFalse();
    }

    @Test
    void demographicsAreUsedOnlyWhereTheProgramAllowsAndTheParticipantConsented() {
        Program allowing = program(false, true, ProgramType.ONE_ON_ONE);
        Program notAllowing = program(false, false, ProgramType.ONE_ON_ONE);
        Profile withGender = profile().demographic(DemographicAttribute.GENDER, "woman").capacity(1).build();

        MatchingSnapshot allowed = snapshot(allowing, List.of(consented(allowing, ann, withGender, ParticipantRole.MENTOR),
                consented(allowing, xia, withGender, ParticipantRole.MENTEE),
                participant(allowing, bob, profile().capacity(1).build(), ParticipantRole.MENTOR)), List.of(), List.of(), List.of());
        MatchingSnapshot notAllowed = snapshot(notAllowing, List.of(consented(notAllowing, ann, withGender, ParticipantRole.MENTOR),
                consented(notAllowing, xia, withGender, ParticipantRole.MENTEE)), List.of(), List.of(), List.of());

        assertThat(allowed.profile(xia).orElseThrow().diversity())
                .isEqualTo(new DiversityProfile(true, Map.of("GENDER", "woman"), Set.of("GENDER")));
        assertThat(allowed.profile(bob).orElseThrow().diversity()).isEqualTo(DiversityProfile.NOT_SHARED);
        assertThat(notAllowed.profile(xia).orElseThrow().diversity()).isEqualTo(DiversityProfile.NOT_SHARED);
        assertThat(diversity(allowed, ann).applicable()).isTrue();
        assertThat(diversity(allowed, ann).similarity()).isEqualTo(1.0);
        assertThat(diversity(allowed, bob).applicable()).isFalse();
        assertThat(diversity(notAllowed, ann).applicable()).isFalse();
    }

    @Test
    void exclusionsLocksAndOpenPairingsShapeWhoIsMatchedAndWithWhom() {
        Program program = program(false, false, ProgramType.REVERSE);
        List<Participant> people = List.of(participant(program, ann, profile().capacity(2).build(), ParticipantRole.MENTOR),
                participant(program, bob, profile().capacity(1).build(), ParticipantRole.MENTOR),
                participant(program, xia, profile().build(), ParticipantRole.MENTEE),
                participant(program, yan, profile().build(), ParticipantRole.MENTEE));
        Pairing locked = TestData.pairing(program, ann, PairingStatus.PROPOSED, xia);
        Pairing requested = TestData.pairing(program, bob, PairingStatus.REQUESTED, yan);
        List<PairExclusion> exclusions = List.of(
                new PairExclusion(program.id(), bob, xia, PairExclusion.Reason.EXCLUDED_BY_MANAGER, TestData.PROGRAM_MANAGER, TestData.NOW),
                new PairExclusion(program.id(), ann, yan, PairExclusion.Reason.DECLINED, ann, TestData.NOW));

        MatchingSnapshot snapshot = new MatchingSnapshot(program, people, List.of(locked, requested), List.of(), List.of(), exclusions,
                List.of(new ProposalLock(locked.id(), program.id(), TestData.PROGRAM_MANAGER, TestData.NOW)), TestData.TODAY);

        assertThat(snapshot.engineProgram().reverse()).isTrue();
        assertThat(snapshot.engineProgram().managerExclusions()).containsExactly(new PairKey("xia", "bob"));
        assertThat(snapshot.engineProgram().declinedPairs()).containsExactly(new PairKey("yan", "ann"));
        assertThat(snapshot.menteesToMatch()).isEmpty();
        assertThat(snapshot.placesAfterLockedProposals()).isEqualTo(Map.of(ann, 1, bob, 1));
        assertThat(snapshot.haveOpenPairing(bob, yan)).isTrue();
        assertThat(snapshot.holdsPlace(yan)).isFalse();
    }

    private Program program(boolean trainingRequired, boolean diversityAllowed, ProgramType type) {
        Map<MatchCriterion, Integer> weights = new EnumMap<>(CriteriaWeights.balanced().weights());
        weights.put(MatchCriterion.DIVERSITY, diversityAllowed ? 5 : 0);
        ProgramSettings settings = settingsSource.settings(type, MatchingMode.ADMIN, new CriteriaWeights(weights), trainingRequired, diversityAllowed);
        return new Program(Id.random(), ProgramStatus.MATCHING, settings);
    }

    private static MatchingSnapshot snapshot(Program program, List<Participant> people, List<Pairing> pairings,
                                             List<PairExclusion> exclusions, List<ProposalLock> locks) {
        return new MatchingSnapshot(program, people, pairings, List.of(), List.of(), exclusions, locks, TestData.TODAY);
    }

    private static Participant participant(Program program, UserKey user, Profile profile, ParticipantRole role) {
        return TestData.participant(program, user, profile, role);
    }

    private static Participant consented(Program program, UserKey user, Profile profile, ParticipantRole role) {
        return new Participant(Id.random(), program.id(), user, Set.of(role), ParticipantSource.EMPLOYEE,
                Consent.given(TestData.NOW, Set.of(ConsentScope.PARTICIPATION, ConsentScope.DEMOGRAPHICS), "v1"), profile);
    }

    private Contribution diversity(MatchingSnapshot snapshot, UserKey mentor) {
        PairScorer scorer = new PairScorer(snapshot.engineProgram(), snapshot.everyone());
        return scorer.score(snapshot.profile(xia).orElseThrow(), snapshot.profile(mentor).orElseThrow()).explanation().contributions().stream()
                .filter(c -> c.criterion() == Criterion.DIVERSITY).findFirst().orElseThrow();
    }
}
