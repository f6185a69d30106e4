package org.mentorhub.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverted index from expertise terms (stemmed skill names and tags) to mentors, so candidate generation scores
 * only mentors who share at least one term with a mentee's wanted skills, tags or goals instead of every pair.
 */
public final class CandidateIndex {

    private final Map<String, List<Integer>> mentorsByTerm = new HashMap<>();
    private final int mentorCount;
    private final TextTerms analysis;

    public CandidateIndex(List<MatchProfile> mentors, TextTerms analysis) {
        this.analysis = analysis;
        this.mentorCount = mentors.size();
        for (int j = 0; j < mentors.size(); j++) {
            MatchProfile mentor = mentors.get(j);
            Set<String> terms = new LinkedHashSet<>(analysis.terms(
                    String.join(" ", mentor.skills().keySet()) + " " + String.join(" ", mentor.tags())));
            for (String term : terms) {
                mentorsByTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(j);
            }
        }
    }

    /**
     * Mentor indexes sharing a term with the mentee, most shared terms first (ties by index); every mentor when
     * nothing is shared, so a mentee with an empty profile is still matched on the other criteria.
     */
    public List<Integer> candidates(MatchProfile mentee) {
        Set<String> terms = new LinkedHashSet<>(analysis.terms(String.join(" ", mentee.wantedSkills()) + " "
                + String.join(" ", mentee.tags()) + " " + mentee.goals()));
        int[] hits = new int[mentorCount];
        List<Integer> found = new ArrayList<>();
        for (String term : terms) {
            for (int mentor : mentorsByTerm.getOrDefault(term, List.of())) {
                if (hits[mentor]++ == 0) {
                    found.add(mentor);
                }
            }
        }
        if (found.isEmpty()) {
            for (int j = 0; j < mentorCount; j++) {
                found.add(j);
            }
        }
        found.sort((a, b) -> hits[a] != hits[b] ? Integer.compare(hits[b], hits[a]) : Integer.compare(a, b));
        return found;
    }
}
