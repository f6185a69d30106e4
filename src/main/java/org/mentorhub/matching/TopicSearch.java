package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.require;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Just-in-time mentoring: "who can help me with X this week" — people ranked by their level in skills matching
 * the topic (70 %) and their availability overlap with the seeker this week (30 %, one hour is enough for a short
 * pairing). Roles are per topic: anyone can be the expert for one topic and the seeker for another.
 */
public final class TopicSearch {

    private static final int SKILL_WEIGHT = 70;
    private static final int AVAILABILITY_WEIGHT = 30;
    private static final double HOURS_FOR_SHORT_PAIRING = 1.0;

    /**
     * @param remainingCapacity free places by person id (people not listed use their profile capacity)
     */
    public List<ScoredPair> experts(String topic, MatchProfile seeker, List<MatchProfile> people,
                                    Map<String, Integer> remainingCapacity, LocalDate week, int limit) {
        require(topic != null && !topic.isBlank() && limit > 0, INVALID_PARAMETER, "a topic and a positive limit");
        try (TextTerms analysis = new TextTerms()) {
            Set<String> topicTerms = new HashSet<>(analysis.terms(topic));
            return people.stream()
                    .filter(expert -> !expert.id().equals(seeker.id()) && seeker.optedIn() && expert.optedIn())
                    .filter(expert -> !expert.id().equals(seeker.managerId()) && !seeker.id().equals(expert.managerId()))
                    .filter(expert -> remainingCapacity.getOrDefault(expert.id(), expert.capacity()) > 0)
                    .map(expert -> rank(seeker, expert, topicTerms, analysis, week))
                    .filter(pair -> pair.score() > 0 && pair.explanation().contributions().get(0).similarity() > 0)
                    .sorted(Comparator.comparingDouble(ScoredPair::score).reversed()
                            .thenComparing(ScoredPair::mentorId))
                    .limit(limit)
                    .toList();
        }
    }

    private static ScoredPair rank(MatchProfile seeker, MatchProfile expert, Set<String> topicTerms,
                                   TextTerms analysis, LocalDate week) {
        String bestSkill = "";
        int bestLevel = 0;
        for (Map.Entry<String, Integer> skill : new java.util.TreeMap<>(expert.skills()).entrySet()) {
            boolean onTopic = analysis.terms(skill.getKey()).stream().anyMatch(topicTerms::contains);
            if (onTopic && skill.getValue() > bestLevel) {
                bestLevel = skill.getValue();
                bestSkill = skill.getKey();
            }
        }
        double skill = (double) bestLevel / MatchProfile.MAX_SKILL_LEVEL;
        double hours = WeeklyOverlap.minutes(seeker.availability(), seeker.timeZone(), expert.availability(),
                expert.timeZone(), week) / 60.0;
        double availability = Math.min(1.0, hours / HOURS_FOR_SHORT_PAIRING);
        double skillPoints = SKILL_WEIGHT * skill;
        double availabilityPoints = AVAILABILITY_WEIGHT * availability;
        double score = PairScorer.roundToThousandths(skillPoints + availabilityPoints);
        return new ScoredPair(seeker.id(), expert.id(), score, new Explanation(score, List.of(
                new Contribution(Criterion.SKILLS, SKILL_WEIGHT, skill, skillPoints, true,
                        Message.of("mentorhub.match.reason.topic", bestLevel, bestSkill)),
                new Contribution(Criterion.AVAILABILITY, AVAILABILITY_WEIGHT, availability, availabilityPoints, true,
                        Message.of("mentorhub.match.reason.availability", Math.round(hours * 10) / 10.0)))));
    }
}
