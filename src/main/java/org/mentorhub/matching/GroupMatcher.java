package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.INVALID_PARAMETER;
import static org.mentorhub.matching.MatchingInputException.Problem.UNKNOWN_PARTICIPANT;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorhub.matching.assignment.Assignment;
import org.mentorhub.matching.assignment.AssignmentInstance;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;

/**
 * Group mentoring: mentees with similar goals (TF-IDF cosine of goals and interests) are grouped greedily, each
 * group seeded by the first ungrouped mentee and filled with the most similar others; groups are then assigned to
 * mentors optimally, a group's score being its members' mean pair score, and only mentors whose capacity fits the
 * group and who are eligible for every member can lead it.
 */
public final class GroupMatcher {

    private final AssignmentSolver solver;

    public GroupMatcher(AssignmentSolver solver) {
        this.solver = solver;
    }

    public List<MentoringGroup> groups(MatchingPool pool, int groupSize) {
        require(groupSize > 1, INVALID_PARAMETER, "a group needs at least two mentees", groupSize);
        PairScorer scorer = new PairScorer(pool.program(), pool.participants());
        TfIdfCorpus goals = goalsOf(pool.mentees());
        List<List<MatchProfile>> groups = formGroups(pool.mentees(), goals, groupSize);

        int[] groupsPerMentor = pool.mentors().stream().mapToInt(m -> m.capacity() / groupSize).toArray();
        AssignmentInstance.Builder builder = AssignmentInstance.builder(groups.size(), groupsPerMentor);
        List<List<ScoredPair>> edgeMembers = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int j = 0; j < pool.mentors().size(); j++) {
                MatchProfile mentor = pool.mentors().get(j);
                List<MatchProfile> group = groups.get(g);
                if (groupsPerMentor[j] > 0
                        && group.stream().allMatch(mentee -> Eligibility.allowed(pool.program(), mentee, mentor))) {
                    List<ScoredPair> members = group.stream().map(mentee -> scorer.score(mentee, mentor)).toList();
                    double mean = members.stream().mapToDouble(ScoredPair::score).average().orElse(0);
                    builder.addCandidate(g, j, MatchingEngine.scaled(mean));
                    edgeMembers.add(members);
                }
            }
        }
        Assignment assignment = solver.solve(builder.build(), Objective.MAXIMIZE_MATCHES_THEN_SCORE);
        List<MentoringGroup> result = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int edge = assignment.edgeOf(g);
            if (edge >= 0) {
                result.add(new MentoringGroup(pool.mentors().get(assignment.mentorOf(g)).id(), edgeMembers.get(edge),
                        cohesionReason(groups.get(g).stream().map(MatchProfile::id).toList(), goals)));
            }
        }
        return result;
    }

    /**
     * Why some mentees belong together: their mean pairwise goal similarity, as shown with a group.
     *
     * @param mentees the program's mentees, whose goals and interests give the term weights
     * @param group   ids of some of them
     * @throws MatchingInputException for an id in {@code group} that is not among {@code mentees}
     */
    public Message cohesion(List<MatchProfile> mentees, List<String> group) {
        Set<String> known = mentees.stream().map(MatchProfile::id).collect(Collectors.toSet());
        group.forEach(id -> require(known.contains(id), UNKNOWN_PARTICIPANT, "unknown mentee " + id, id));
        return cohesionReason(group, goalsOf(mentees));
    }

    private static TfIdfCorpus goalsOf(List<MatchProfile> mentees) {
        try (TextTerms analysis = new TextTerms()) {
            return TfIdfCorpus.of(mentees, MatchProfile::id, p -> p.goals() + " " + p.interests(), analysis);
        }
    }

    private static Message cohesionReason(List<String> menteeIds, TfIdfCorpus goals) {
        return Message.of("mentorhub.match.reason.group", Math.round(100 * cohesion(menteeIds, goals)));
    }

    private static List<List<MatchProfile>> formGroups(List<MatchProfile> mentees, TfIdfCorpus goals, int size) {
        List<MatchProfile> ungrouped = new ArrayList<>(mentees);
        List<List<MatchProfile>> groups = new ArrayList<>();
        while (!ungrouped.isEmpty()) {
            MatchProfile seed = ungrouped.remove(0);
            List<MatchProfile> others = new ArrayList<>(ungrouped);
            // Stable sort: equally similar mentees keep input order.
            others.sort((a, b) -> Double.compare(goals.cosine(seed.id(), b.id()), goals.cosine(seed.id(), a.id())));
            List<MatchProfile> group = new ArrayList<>(List.of(seed));
            group.addAll(others.subList(0, Math.min(size - 1, others.size())));
            ungrouped.removeAll(group);
            groups.add(group);
        }
        return groups;
    }

    /** Mean pairwise goal similarity inside a group (1 for a group of one). */
    private static double cohesion(List<String> group, TfIdfCorpus goals) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < group.size(); a++) {
            for (int b = a + 1; b < group.size(); b++) {
                sum += goals.cosine(group.get(a), group.get(b));
                pairs++;
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }
}
