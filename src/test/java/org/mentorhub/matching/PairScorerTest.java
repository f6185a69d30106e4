package org.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairScorerTest {

    private final MatchProfile mentee = Profiles.person("ana").level(2)
            .wants("java", "kotlin", "testing", "leadership")
            .goals("I want to lead a team and grow in software architecture")
            .interests("hiking, photography and mentoring juniors").build();
    private final MatchProfile mentor = Profiles.person("bo").level(4)
            .skills(Map.of("Java", 5, "Testing", 4, "Leadership", 3, "Architecture", 4))
            .interests("Photography of mountains on long hikes").build();
    private final MatchProfile stranger = Profiles.person("cy").level(9).skills(Map.of("Accounting", 5))
            .interests("opera").build();

    @Test
    void score_shouldExplainEachCriterionWithMessageKeysAndArguments() {
        ScoredPair pair = scorer(Profiles.program()).score(mentee, mentor);

        Map<Criterion, Contribution> byCriterion = byCriterion(pair);
        assertThat(byCriterion.get(Criterion.SKILLS).reason())
                .isEqualTo(Message.of("mentorhub.match.reason.skills", 3, 4));
        assertThat(byCriterion.get(Criterion.AVAILABILITY).reason())
                .isEqualTo(Message.of("mentorhub.match.reason.availability", 3.0));
        assertThat(byCriterion.get(Criterion.CAREER_LEVEL).reason())
                .isEqualTo(Message.of("mentorhub.match.reason.level", 2, 1, 3));
        assertThat(byCriterion.get(Criterion.DIVERSITY).applicable()).isFalse();
        assertThat(pair.explanation().contributions().stream().mapToDouble(Contribution::points).sum())
                .isCloseTo(pair.score(), within(0.001));
        assertThat(pair.score()).isBetween(0.0, 100.0);
    }

    @Test
    void score_shouldFindSharedInterestsThroughEnglishStemming() {
        ScoredPair pair = scorer(Profiles.program()).score(mentee, mentor);

        Contribution interests = byCriterion(pair).get(Criterion.INTERESTS);
        assertThat(interests.similarity()).isGreaterThan(0.05);
        // "hikes" and "hiking" meet after stemming; stop words such as "and" and "of" never count.
        // Reasons name the mentee's own words, not Porter stems such as "photographi".
        assertThat((String) interests.reason().arguments().get(1)).contains("hiking").contains("photography");
        assertThat(byCriterion(pair).get(Criterion.GOALS).reason().arguments())
                .containsExactly(4, "architecture, java, leadership");
    }

    @Test
    void score_withoutSharedWords_shouldSaySoInsteadOfAnEmptyList() {
        ScoredPair pair = scorer(Profiles.program()).score(mentee, stranger);

        assertThat(byCriterion(pair).get(Criterion.GOALS).reason()).isEqualTo(Message.of("mentorhub.match.reason.goals.none"));
        assertThat(byCriterion(pair).get(Criterion.INTERESTS).reason())
                .isEqualTo(Message.of("mentorhub.match.reason.interests.none"));
        assertThat(byCriterion(pair).get(Criterion.INTERESTS).similarity()).isZero();
    }

    @Test
    void score_shouldRankTheFittingMentorAboveTheStranger() {
        PairScorer scorer = scorer(Profiles.program());

        assertThat(scorer.score(mentee, mentor).score()).isGreaterThan(scorer.score(mentee, stranger).score() + 30);
    }

    @Test
    void score_inReverseProgram_shouldPreferTheJuniorMentor() {
        MatchProfile seniorMentee = Profiles.person("exec").level(8).wants("tiktok").build();
        MatchProfile juniorMentor = Profiles.person("grad").level(2).skills(Map.of("TikTok", 5)).build();
        Map<Criterion, Integer> levelOnly = new EnumMap<>(Criterion.class);
        levelOnly.put(Criterion.CAREER_LEVEL, 100);
        MatchingProgram forward = new MatchingProgram("f", new CriteriaWeights(levelOnly), 1, 6,
                MatchingProgram.FunctionPreference.ANY, false, false, false, false, 2, Profiles.WEEK, Set.of(), Set.of());
        MatchingProgram reverse = new MatchingProgram("r", new CriteriaWeights(levelOnly), 1, 6,
                MatchingProgram.FunctionPreference.ANY, false, false, false, true, 2, Profiles.WEEK, Set.of(), Set.of());
        List<MatchProfile> people = List.of(seniorMentee, juniorMentor);

        assertThat(new PairScorer(forward, people).score(seniorMentee, juniorMentor).score()).isZero();
        ScoredPair reversed = new PairScorer(reverse, people).score(seniorMentee, juniorMentor);
        assertThat(reversed.score()).isEqualTo(100.0);
        assertThat(reversed.explanation().reasons())
                .contains(Message.of("mentorhub.match.reason.level.reverse", 6, 1, 6));
    }

    @Test
    void score_shouldUseDiversityOnlyWhenAllowedAndBothConsented() {
        DiversityProfile wantsWoman = new DiversityProfile(true, Map.of("gender", "woman"), Set.of("gender"));
        DiversityProfile woman = new DiversityProfile(true, Map.of("gender", "woman"), Set.of());
        DiversityProfile notConsented = new DiversityProfile(false, Map.of("gender", "woman"), Set.of());
        MatchProfile menteeWithWish = Profiles.person("m").diversity(wantsWoman).build();
        MatchProfile consenting = Profiles.person("w1").diversity(woman).build();
        MatchProfile silent = Profiles.person("w2").diversity(notConsented).build();
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.DIVERSITY, 50);
        weights.put(Criterion.SKILLS, 50);
        MatchingProgram allowing = new MatchingProgram("d", new CriteriaWeights(weights), 1, 3,
                MatchingProgram.FunctionPreference.ANY, false, false, true, false, 2, Profiles.WEEK, Set.of(), Set.of());
        PairScorer scorer = new PairScorer(allowing, List.of(menteeWithWish, consenting, silent));

        assertThat(byCriterion(scorer.score(menteeWithWish, consenting)).get(Criterion.DIVERSITY).points())
                .isEqualTo(50.0);
        assertThat(byCriterion(scorer.score(menteeWithWish, silent)).get(Criterion.DIVERSITY).applicable()).isFalse();
    }

    @Test
    void weeklyOverlap_shouldCompareSlotsAcrossTimeZones() {
        WeeklySlot berlinMorning = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(18, 0));
        WeeklySlot newYorkMorning = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));

        // 15:00–18:00 CET is 14:00–17:00 UTC; 09:00–11:00 EST is 14:00–16:00 UTC: two hours.
        assertThat(WeeklyOverlap.minutes(List.of(berlinMorning), ZoneId.of("Europe/Berlin"), List.of(newYorkMorning),
                ZoneId.of("America/New_York"), Profiles.WEEK)).isEqualTo(120);
    }

    private PairScorer scorer(MatchingProgram program) {
        return new PairScorer(program, List.of(mentee, mentor, stranger));
    }

    private static Map<Criterion, Contribution> byCriterion(ScoredPair pair) {
        Map<Criterion, Contribution> map = new EnumMap<>(Criterion.class);
        pair.explanation().contributions().forEach(c -> map.put(c.criterion(), c));
        return map;
    }
}
