package org.mentorhub.matching;

import java.util.Optional;

/**
 * The hard constraints no match may violate; capacity is also enforced by every assignment mode. In reverse
 * programs the mentor must be more junior than the mentee (the level gap's preferred range is only a score).
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Why the pair is not allowed, or empty when it is. */
    public static Optional<Message> violation(MatchingProgram program, MatchProfile mentee, MatchProfile mentor) {
        PairKey pair = new PairKey(mentee.id(), mentor.id());
        if (mentee.id().equals(mentor.id())) {
            return reason("self");
        }
        if (mentor.id().equals(mentee.managerId()) || mentee.id().equals(mentor.managerId())) {
            return reason("reporting.line");
        }
        if (program.reverse() && mentor.careerLevel() >= mentee.careerLevel()) {
            return reason("reverse.level");
        }
        if (!mentee.optedIn() || !mentor.optedIn()) {
            return reason("not.opted.in");
        }
        if (mentor.capacity() == 0) {
            return reason("no.capacity");
        }
        if (program.trainingRequired() && !mentor.trainingDone()) {
            return reason("training");
        }
        if (program.managerExclusions().contains(pair)) {
            return reason("excluded");
        }
        if (program.declinedPairs().contains(pair)) {
            return reason("declined");
        }
        return Optional.empty();
    }

    public static boolean allowed(MatchingProgram program, MatchProfile mentee, MatchProfile mentor) {
        return violation(program, mentee, mentor).isEmpty();
    }

    private static Optional<Message> reason(String suffix) {
        return Optional.of(Message.of("mentorhub.match.blocked." + suffix));
    }
}
