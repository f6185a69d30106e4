package org.mentorhub.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores a (mentee, mentor) pair 0..100 for one program and explains the score. Each criterion yields a
 * similarity in [0, 1]; the score is {@code 100 · Σ w·s / Σ w} over the criteria that apply to the pair, rounded
 * to three decimals (so the assignment solver can scale scores by 1000 exactly).
 */
public final class PairScorer {

    /** A mentor skill at this level or above counts as covering a wanted skill in the reason text. */
    private static final int COVERING_LEVEL = 3;
    /** This many shared goal/expertise terms earn the full goals score. */
    private static final int GOAL_TERMS_FOR_FULL_SCORE = 3;
    private static final int SHARED_TERMS_SHOWN = 3;

    private final MatchingProgram program;
    private final TfIdfCorpus corpus;
    /** Per participant: goal terms with the words they came from. */
    private final Map<String, Map<String, String>> goalWords = new HashMap<>();
    private final Map<String, Set<String>> expertiseTerms = new HashMap<>();

    /** Prepares text statistics over everyone in the program (mentees and mentors). */
    public PairScorer(MatchingProgram program, Collection<MatchProfile> participants) {
        this.program = program;
        try (TextTerms analysis = new TextTerms()) {
            this.corpus = TfIdfCorpus.of(participants, MatchProfile::id, PairScorer::freeText, analysis);
            for (MatchProfile participant : participants) {
                goalWords.put(participant.id(), analysis.wordsByTerm(
                        participant.goals() + " " + String.join(" ", participant.wantedSkills())));
                expertiseTerms.put(participant.id(), new TreeSet<>(analysis.terms(
                        String.join(" ", participant.skills().keySet()) + " " + String.join(" ", participant.tags()))));
            }
        }
    }

    private static String freeText(MatchProfile participant) {
        return String.join(" ", participant.goals(), participant.interests(), String.join(" ", participant.tags()));
    }

    public ScoredPair score(MatchProfile mentee, MatchProfile mentor) {
        Map<Criterion, Contribution> raw = new EnumMap<>(Criterion.class);
        raw.put(Criterion.SKILLS, skills(mentee, mentor));
        raw.put(Criterion.GOALS, goals(mentee, mentor));
        raw.put(Criterion.INTERESTS, interests(mentee, mentor));
        raw.put(Criterion.CAREER_LEVEL, careerLevel(mentee, mentor));
        raw.put(Criterion.BUSINESS_FUNCTION, businessFunction(mentee, mentor));
        raw.put(Criterion.AVAILABILITY, availability(mentee, mentor));
        raw.put(Criterion.LANGUAGE, language(mentee, mentor));
        raw.put(Criterion.LOCATION, location(mentee, mentor));
        raw.put(Criterion.DIVERSITY, diversity(mentee, mentor));

        int applicableWeight = raw.values().stream().filter(Contribution::applicable)
                .mapToInt(Contribution::weight).sum();
        List<Contribution> contributions = new ArrayList<>();
        double total = 0;
        for (Contribution c : raw.values()) {
            double points = c.applicable() && applicableWeight > 0 ? 100.0 * c.weight() * c.similarity()
                    / applicableWeight : 0;
            total += points;
            contributions.add(new Contribution(c.criterion(), c.weight(), c.similarity(), points, c.applicable(),
                    c.reason()));
        }
        double score = roundToThousandths(total);
        return new ScoredPair(mentee.id(), mentor.id(), score, new Explanation(score, contributions));
    }

    static double roundToThousandths(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private Contribution skills(MatchProfile mentee, MatchProfile mentor) {
        Set<String> wanted = mentee.wantedSkills();
        if (wanted.isEmpty()) {
            return contribution(Criterion.SKILLS, 0, reason("skills.none"));
        }
        double levels = 0;
        int covered = 0;
        for (String skill : wanted) {
            int level = mentor.levelOf(skill);
            levels += (double) level / MatchProfile.MAX_SKILL_LEVEL;
            covered += level >= COVERING_LEVEL ? 1 : 0;
        }
        return contribution(Criterion.SKILLS, levels / wanted.size(), reason("skills", covered, wanted.size()));
    }

    private Contribution goals(MatchProfile mentee, MatchProfile mentor) {
        Map<String, String> words = goalWords.getOrDefault(mentee.id(), Map.of());
        Set<String> expertise = expertiseTerms.getOrDefault(mentor.id(), Set.of());
        Set<String> shared = words.entrySet().stream().filter(term -> expertise.contains(term.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
        if (shared.isEmpty()) {
            return contribution(Criterion.GOALS, 0, reason("goals.none"));
        }
        double similarity = Math.min(1.0, (double) shared.size() / GOAL_TERMS_FOR_FULL_SCORE);
        return contribution(Criterion.GOALS, similarity,
                reason("goals", shared.size(), shared.stream().limit(SHARED_TERMS_SHOWN)
                        .collect(Collectors.joining(", "))));
    }

    private Contribution interests(MatchProfile mentee, MatchProfile mentor) {
        List<TfIdfCorpus.SharedTerm> shared = corpus.sharedTerms(mentee.id(), mentor.id(), Integer.MAX_VALUE);
        if (shared.isEmpty()) {
            return contribution(Criterion.INTERESTS, 0, reason("interests.none"));
        }
        double cosine = Math.min(1.0, shared.stream().mapToDouble(TfIdfCorpus.SharedTerm::contribution).sum());
        String top = shared.stream().limit(SHARED_TERMS_SHOWN).map(term -> corpus.word(mentee.id(), term.term()))
                .collect(Collectors.joining(", "));
        return contribution(Criterion.INTERESTS, cosine, reason("interests", Math.round(cosine * 100), top));
    }

    private Contribution careerLevel(MatchProfile mentee, MatchProfile mentor) {
        int gap = program.levelGap(mentee, mentor);
        int distance = gap < program.minLevelGap() ? program.minLevelGap() - gap
                : Math.max(0, gap - program.maxLevelGap());
        double similarity = Math.max(0, 1 - 0.25 * distance);
        return contribution(Criterion.CAREER_LEVEL, similarity,
                reason(program.reverse() ? "level.reverse" : "level", gap, program.minLevelGap(),
                        program.maxLevelGap()));
    }

    private Contribution businessFunction(MatchProfile mentee, MatchProfile mentor) {
        boolean same = mentee.businessFunction() != null
                && mentee.businessFunction().equalsIgnoreCase(mentor.businessFunction());
        double similarity = switch (program.functionPreference()) {
            case SAME -> same ? 1 : 0;
            case DIFFERENT -> same ? 0 : 1;
            case ANY -> 1;
        };
        return contribution(Criterion.BUSINESS_FUNCTION, similarity, reason(same ? "function.same" : "function.different"));
    }

    private Contribution availability(MatchProfile mentee, MatchProfile mentor) {
        int minutes = WeeklyOverlap.minutes(mentee.availability(), mentee.timeZone(), mentor.availability(),
                mentor.timeZone(), program.availabilityWeek());
        double hours = minutes / 60.0;
        return contribution(Criterion.AVAILABILITY, Math.min(1.0, hours / program.targetOverlapHours()),
                reason("availability", Math.round(hours * 10) / 10.0));
    }

    private Contribution language(MatchProfile mentee, MatchProfile mentor) {
        Set<String> shared = lowerCase(mentee.languages().stream());
        shared.retainAll(lowerCase(mentor.languages().stream()));
        return shared.isEmpty() ? contribution(Criterion.LANGUAGE, 0, reason("language.none"))
                : contribution(Criterion.LANGUAGE, 1, reason("language", String.join(", ", shared)));
    }

    private Contribution location(MatchProfile mentee, MatchProfile mentor) {
        boolean same = !mentee.location().isEmpty() && mentee.location().equalsIgnoreCase(mentor.location());
        double similarity = !program.sameLocationPreferred() || same ? 1 : 0;
        return contribution(Criterion.LOCATION, similarity, reason(same ? "location.same" : "location.different"));
    }

    private Contribution diversity(MatchProfile mentee, MatchProfile mentor) {
        DiversityProfile wanting = mentee.diversity();
        DiversityProfile offering = mentor.diversity();
        if (!program.diversityAllowed() || !wanting.consented() || !offering.consented()
                || wanting.wantedShared().isEmpty()) {
            return new Contribution(Criterion.DIVERSITY, program.weights().of(Criterion.DIVERSITY), 0, 0, false,
                    reason("diversity.not.applicable"));
        }
        long shared = wanting.wantedShared().stream()
                .filter(attribute -> wanting.attributes().containsKey(attribute)
                        && wanting.attributes().get(attribute).equals(offering.attributes().get(attribute)))
                .count();
        return contribution(Criterion.DIVERSITY, (double) shared / wanting.wantedShared().size(),
                reason("diversity", shared, wanting.wantedShared().size()));
    }

    private Contribution contribution(Criterion criterion, double similarity, Message reason) {
        return new Contribution(criterion, program.weights().of(criterion), similarity, 0, true, reason);
    }

    private static Message reason(String suffix, Object... arguments) {
        return Message.of("mentorhub.match.reason." + suffix, arguments);
    }

    private static Set<String> lowerCase(Stream<String> values) {
        return values.map(value -> value.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
