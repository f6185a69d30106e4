package org.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.matching.MatchingInputException.Problem;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;

class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine(new AssignmentSolver(), 50);

    private final MatchProfile javaMentor = Profiles.person("java-mentor").level(5).capacity(1)
            .skills(Map.of("Java", 5, "Testing", 4)).build();
    private final MatchProfile designMentor = Profiles.person("design-mentor").level(5).capacity(2)
            .skills(Map.of("Design", 5, "Java", 2)).build();
    private final MatchProfile javaMentee = Profiles.person("java-mentee").level(2).wants("java", "testing").build();
    private final MatchProfile designMentee = Profiles.person("design-mentee").level(2).wants("design").build();
    private final MatchProfile alsoJava = Profiles.person("also-java").level(2).wants("java").build();

    @Test
    void administrative_shouldMaximizeTotalScoreWithinCapacities() {
        MatchingPool pool = pool(List.of(javaMentee, designMentee, alsoJava), List.of(javaMentor, designMentor));

        MatchResult result = engine.administrative(pool, Objective.MAXIMIZE_SCORE);

        assertThat(result.pairs()).extracting(ScoredPair::key).containsExactly(
                new PairKey("java-mentee", "java-mentor"),
                new PairKey("design-mentee", "design-mentor"),
                new PairKey("also-java", "design-mentor"));
        assertThat(result.unmatchedMenteeIds()).isEmpty();
        assertThat(result.pairs()).allSatisfy(pair -> assertThat(pair.explanation().reasons()).hasSize(9));
    }

    @Test
    void administrative_shouldNeverPairAcrossAHardConstraint() {
        MatchProfile report = Profiles.person("report").manager("java-mentor").wants("java").build();
        MatchProfile optedOut = Profiles.person("opted-out").optedOut().wants("java").build();
        MatchProfile declined = Profiles.person("declined").wants("java").build();
        MatchProfile excluded = Profiles.person("excluded").wants("java").build();
        MatchProfile untrained = Profiles.person("untrained").untrained().capacity(3).skills(Map.of("Java", 5)).build();
        MatchProfile selfMatching = Profiles.person("java-mentor").wants("java").build();
        MatchingProgram program = new MatchingProgram("p", CriteriaWeights.balanced(), 1, 3,
                MatchingProgram.FunctionPreference.ANY, false, true, false, false, 2, Profiles.WEEK,
                Set.of(new PairKey("excluded", "java-mentor")), Set.of(new PairKey("declined", "java-mentor")));

        MatchResult result = engine.administrative(new MatchingPool(program,
                List.of(report, optedOut, declined, excluded, selfMatching), List.of(javaMentor, untrained)),
                Objective.MAXIMIZE_MATCHES_THEN_SCORE);

        assertThat(result.pairs()).isEmpty();
        assertThat(Eligibility.violation(program, report, javaMentor))
                .contains(Message.of("mentorhub.match.blocked.reporting.line"));
        assertThat(Eligibility.violation(program, declined, untrained))
                .contains(Message.of("mentorhub.match.blocked.training"));
        assertThat(Eligibility.violation(program, selfMatching, javaMentor))
                .contains(Message.of("mentorhub.match.blocked.self"));
    }

    @Test
    void stable_shouldConsiderEveryEligibleMentorNotOnlyThePrunedCandidates() {
        MatchProfile salesMentor = Profiles.person("sales-mentor").level(5).capacity(1).skills(Map.of("Sales", 5)).build();
        MatchingEngine topOne = new MatchingEngine(new AssignmentSolver(), 1);
        MatchingPool pool = pool(List.of(javaMentee, alsoJava), List.of(javaMentor, salesMentor));

        MatchResult stable = topOne.administrative(pool, Objective.STABLE);

        // Pruned to its one best candidate, the mentee who loses the Java mentor has nobody left: a blocking pair with
        // the free sales mentor. The stable run offers it every eligible mentor.
        assertThat(topOne.administrative(pool, Objective.MAXIMIZE_SCORE).unmatchedMenteeIds()).hasSize(1);
        assertThat(stable.unmatchedMenteeIds()).isEmpty();
        assertThat(stable.pairs()).extracting(ScoredPair::mentorId).containsExactlyInAnyOrder("java-mentor", "sales-mentor");
        assertThat(stable.pairs()).allSatisfy(pair -> assertThat(pair.explanation().reasons()).hasSize(9));
    }

    @Test
    void candidates_shouldWidenToEveryMentorWhenTooFewSharingATermAreEligible() {
        MatchProfile otherMentor = Profiles.person("other-mentor").level(5).capacity(1).skills(Map.of("Sales", 5)).build();
        MatchingProgram declined = new MatchingProgram("p", CriteriaWeights.balanced(), 1, 3,
                MatchingProgram.FunctionPreference.ANY, false, false, false, false, 2, Profiles.WEEK, Set.of(),
                Set.of(new PairKey("java-mentee", "java-mentor")));
        MatchingPool pool = new MatchingPool(declined, List.of(javaMentee), List.of(javaMentor, otherMentor));

        assertThat(engine.candidates(pool).get(0)).extracting(ScoredPair::mentorId).containsExactly("other-mentor");
        assertThat(new MatchingEngine(new AssignmentSolver(), 1).candidates(pool(List.of(javaMentee),
                List.of(javaMentor, otherMentor))).get(0)).extracting(ScoredPair::mentorId).containsExactly("java-mentor");
    }

    @Test
    void reverse_shouldOnlyLetAJuniorMentorASeniorMentee() {
        MatchProfile seniorMentee = Profiles.person("senior").level(5).wants("java").build();
        MatchProfile peer = Profiles.person("peer").level(5).capacity(1).skills(Map.of("Java", 5)).build();
        MatchProfile junior = Profiles.person("junior").level(2).capacity(1).skills(Map.of("Java", 3)).build();
        MatchingProgram reverse = Profiles.program(CriteriaWeights.balanced(), true);

        MatchResult result = engine.administrative(new MatchingPool(reverse, List.of(seniorMentee), List.of(peer, junior)),
                Objective.MAXIMIZE_SCORE);

        assertThat(result.pairs()).extracting(ScoredPair::key).containsExactly(new PairKey("senior", "junior"));
        assertThat(Eligibility.violation(reverse, seniorMentee, peer))
                .contains(Message.of("mentorhub.match.blocked.reverse.level"));
        assertThat(Eligibility.violation(Profiles.program(), seniorMentee, peer)).isEmpty();
    }

    @Test
    void hybrid_shouldKeepLockedPairsAndAvoidRejectedOnes() {
        MatchingPool pool = pool(List.of(javaMentee, designMentee, alsoJava), List.of(javaMentor, designMentor));

        MatchResult result = engine.hybrid(pool, Set.of(new PairKey("also-java", "java-mentor")),
                Set.of(new PairKey("design-mentee", "design-mentor")), Objective.MAXIMIZE_SCORE);

        assertThat(result.pairs()).extracting(ScoredPair::key).containsExactly(
                new PairKey("java-mentee", "design-mentor"), new PairKey("also-java", "java-mentor"));
        assertThat(result.unmatchedMenteeIds()).containsExactly("design-mentee");
    }

    @Test
    void hybrid_shouldRejectUnknownOrOverCapacityLocksWithoutAResult() {
        MatchingPool pool = pool(List.of(javaMentee, alsoJava), List.of(javaMentor));

        assertThatThrownBy(() -> engine.hybrid(pool, Set.of(new PairKey("nobody", "java-mentor")), Set.of(),
                Objective.MAXIMIZE_SCORE)).isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PARTICIPANT));
        assertThatThrownBy(() -> engine.hybrid(pool, Set.of(new PairKey("java-mentee", "java-mentor"),
                new PairKey("also-java", "java-mentor")), Set.of(), Objective.MAXIMIZE_SCORE))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.INVALID_PARAMETER));
    }

    @Test
    void pool_shouldRejectEmptyProgramsAndDuplicateIds() {
        assertThatThrownBy(() -> pool(List.of(), List.of(javaMentor)))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.EMPTY_PROGRAM));
        assertThatThrownBy(() -> pool(List.of(javaMentee, javaMentee), List.of(javaMentor)))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.DUPLICATE_PARTICIPANT));
        assertThatThrownBy(() -> Profiles.person("x").capacity(-1).build())
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.NEGATIVE_CAPACITY));
    }

    @Test
    void suggestions_shouldRankEligibleMentorsWithFreePlacesOnly() {
        MatchingPool pool = pool(List.of(javaMentee), List.of(javaMentor, designMentor));

        assertThat(engine.suggestions(pool, "java-mentee", Map.of(), 5)).extracting(ScoredPair::mentorId)
                .containsExactly("java-mentor", "design-mentor");
        assertThat(engine.suggestions(pool, "java-mentee", Map.of("java-mentor", 0), 5))
                .extracting(ScoredPair::mentorId).containsExactly("design-mentor");
        assertThatThrownBy(() -> engine.suggestions(pool, "ghost", Map.of(), 5))
                .isInstanceOf(MatchingInputException.class);
    }

    @Test
    void groups_shouldGatherMenteesWithSimilarGoalsUnderOneMentor() {
        MatchProfile cloud1 = Profiles.person("c1").goals("learn cloud infrastructure and kubernetes").build();
        MatchProfile sales1 = Profiles.person("s1").goals("negotiate enterprise sales deals").build();
        MatchProfile cloud2 = Profiles.person("c2").goals("kubernetes clusters in the cloud").build();
        MatchProfile sales2 = Profiles.person("s2").goals("close bigger sales deals").build();
        MatchProfile lead1 = Profiles.person("lead1").capacity(2).skills(Map.of("Kubernetes", 5)).build();
        MatchProfile lead2 = Profiles.person("lead2").capacity(3).skills(Map.of("Sales", 5)).build();

        List<MentoringGroup> groups = new GroupMatcher(new AssignmentSolver())
                .groups(pool(List.of(cloud1, sales1, cloud2, sales2), List.of(lead1, lead2)), 2);

        assertThat(groups).hasSize(2);
        assertThat(groups).anySatisfy(group -> {
            assertThat(group.mentorId()).isEqualTo("lead1");
            assertThat(group.members()).extracting(ScoredPair::menteeId).containsExactly("c1", "c2");
        });
        assertThat(groups).anySatisfy(group -> {
            assertThat(group.mentorId()).isEqualTo("lead2");
            assertThat(group.members()).extracting(ScoredPair::menteeId).containsExactly("s1", "s2");
        });
        List<MatchProfile> mentees = List.of(cloud1, sales1, cloud2, sales2);
        GroupMatcher matcher = new GroupMatcher(new AssignmentSolver());
        assertThat(groups).allSatisfy(group -> assertThat(matcher.cohesion(mentees,
                group.members().stream().map(ScoredPair::menteeId).toList())).isEqualTo(group.cohesion()));
        assertThat(matcher.cohesion(mentees, List.of("c1", "s1")).arguments()).containsExactly(0L);
        assertThatThrownBy(() -> matcher.cohesion(mentees, List.of("c1", "lead1")))
                .isInstanceOfSatisfying(MatchingInputException.class,
                        error -> assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PARTICIPANT));
    }

    @Test
    void topicSearch_shouldRankAvailableExpertsAndAllowDualRoles() {
        WeeklySlot monday = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        WeeklySlot friday = new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        MatchProfile ana = Profiles.person("ana").skills(Map.of("Kotlin", 5)).slots(berlin, monday).build();
        MatchProfile bo = Profiles.person("bo").skills(Map.of("UX Design", 4)).slots(berlin, monday).build();
        MatchProfile cy = Profiles.person("cy").skills(Map.of("Kotlin", 5)).slots(berlin, friday).build();
        List<MatchProfile> people = List.of(ana, bo, cy);
        TopicSearch search = new TopicSearch();

        List<ScoredPair> kotlinForBo = search.experts("kotlin coroutines", bo, people, Map.of(), Profiles.WEEK, 5);
        List<ScoredPair> designForAna = search.experts("design reviews", ana, people, Map.of(), Profiles.WEEK, 5);

        assertThat(kotlinForBo).extracting(ScoredPair::mentorId).containsExactly("ana", "cy");
        assertThat(kotlinForBo.get(0).score()).isEqualTo(100.0);
        assertThat(kotlinForBo.get(1).explanation().reasons())
                .contains(Message.of("mentorhub.match.reason.availability", 0.0));
        assertThat(designForAna).extracting(ScoredPair::mentorId).containsExactly("bo");
    }

    private static MatchingPool pool(List<MatchProfile> mentees, List<MatchProfile> mentors) {
        return new MatchingPool(Profiles.program(), mentees, mentors);
    }
}
