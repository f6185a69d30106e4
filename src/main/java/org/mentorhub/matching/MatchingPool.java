package org.mentorhub.matching;

import static org.mentorhub.matching.MatchingInputException.Problem.DUPLICATE_PARTICIPANT;
import static org.mentorhub.matching.MatchingInputException.Problem.EMPTY_PROGRAM;
import static org.mentorhub.matching.MatchingInputException.Problem.UNKNOWN_PARTICIPANT;
import static org.mentorhub.matching.MatchingInputException.require;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A validated matching run: a program with its mentees and mentors (an index per id, in input order). */
public final class MatchingPool {

    private final MatchingProgram program;
    private final List<MatchProfile> mentees;
    private final List<MatchProfile> mentors;
    private final Map<String, Integer> menteeIndex;
    private final Map<String, Integer> mentorIndex;

    /**
     * @throws MatchingInputException when there are no mentees or no mentors, or an id appears twice in one role
     */
    public MatchingPool(MatchingProgram program, List<MatchProfile> mentees, List<MatchProfile> mentors) {
        require(program != null, EMPTY_PROGRAM, "no program given");
        require(mentees != null && !mentees.isEmpty() && mentors != null && !mentors.isEmpty(), EMPTY_PROGRAM,
                "program " + program.id() + " has no mentees or no mentors", program.id());
        this.program = program;
        this.mentees = List.copyOf(mentees);
        this.mentors = List.copyOf(mentors);
        this.menteeIndex = indexById(this.mentees);
        this.mentorIndex = indexById(this.mentors);
    }

    public MatchingProgram program() {
        return program;
    }

    public List<MatchProfile> mentees() {
        return mentees;
    }

    public List<MatchProfile> mentors() {
        return mentors;
    }

    /** @throws MatchingInputException for an id that is not a mentee of this run */
    public int menteeIndex(String id) {
        return index(menteeIndex, id);
    }

    /** @throws MatchingInputException for an id that is not a mentor of this run */
    public int mentorIndex(String id) {
        return index(mentorIndex, id);
    }

    /** Everyone in the run once (a person may be both mentee and mentor). */
    public List<MatchProfile> participants() {
        Map<String, MatchProfile> byId = new java.util.LinkedHashMap<>();
        Stream.concat(mentees.stream(), mentors.stream()).forEach(p -> byId.putIfAbsent(p.id(), p));
        return List.copyOf(byId.values());
    }

    private static int index(Map<String, Integer> byId, String id) {
        Integer index = byId.get(id);
        require(index != null, UNKNOWN_PARTICIPANT, "unknown participant " + id, id);
        return index;
    }

    private static Map<String, Integer> indexById(List<MatchProfile> people) {
        Map<String, Integer> byId = new HashMap<>();
        for (int k = 0; k < people.size(); k++) {
            String id = people.get(k).id();
            require(byId.putIfAbsent(id, k) == null, DUPLICATE_PARTICIPANT, "participant " + id + " appears twice",
                    id);
        }
        return byId;
    }
}
