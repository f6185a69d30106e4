package org.mentorhub.domain;

import java.util.Collection;
import java.util.List;

/** Who may be paired with whom; the checks every new pairing and every acceptance goes through. */
public final class PairingRules {
    private PairingRules() {
    }

    /**
     * The people of a new pairing: an active mentor and active mentees of this program with those roles,
     * nobody paired with themself or across a direct reporting line, one mentee unless the program runs
     * groups, and in reverse programs a mentor more junior than the mentee.
     */
    public static void requireEligible(Program program, Participant mentor, List<Participant> mentees) {
        FieldErrors.Builder errors = FieldErrors.builder()
                .check(belongs(program, mentor, ParticipantRole.MENTOR), "mentor", "mentorhub.pairing.notAMentor", mentor.user())
                .check(!mentees.isEmpty(), "mentees", "mentorhub.validation.required")
                .check(mentees.size() <= 1 || program.type().allowsGroups(), "mentees", "mentorhub.pairing.oneMenteeOnly");
        for (Participant mentee : mentees) {
            errors.check(belongs(program, mentee, ParticipantRole.MENTEE), "mentees", "mentorhub.pairing.notAMentee", mentee.user())
                    .check(!mentee.user().equals(mentor.user()), "mentees", "mentorhub.pairing.self")
                    .check(!Profile.inReportingLine(mentor.user(), mentor.profile(), mentee.user(), mentee.profile()),
                            "mentees", "mentorhub.pairing.reportingLine", mentee.user())
                    .check(program.type() != ProgramType.REVERSE
                                    || mentor.profile().careerLevel().compareTo(mentee.profile().careerLevel()) < 0,
                            "mentor", "mentorhub.pairing.reverseNeedsJuniorMentor");
        }
        errors.throwIfAny();
    }

    /**
     * A new pairing must not repeat one that is still open between the same people, and outside
     * just-in-time programs a mentee holds at most one accepted or active pairing.
     *
     * @param existing the program's pairings that involve any member of {@code candidate}
     */
    public static void requireNoClash(Program program, Pairing candidate, Collection<Pairing> existing) {
        for (Pairing other : existing) {
            if (other.id().equals(candidate.id()) || other.status().isFinal()) {
                continue;
            }
            for (UserKey mentee : candidate.mentees()) {
                if (other.isMentor(candidate.mentor()) && other.isMentee(mentee)) {
                    throw new ConflictException("mentorhub.pairing.duplicate", candidate.mentor(), mentee);
                }
                if (other.isMentee(mentee) && other.status().holdsCapacity() && !program.type().allowsConcurrentPairingsPerMentee()) {
                    throw new ConflictException("mentorhub.pairing.menteeAlreadyPaired", mentee);
                }
            }
        }
    }

    private static boolean belongs(Program program, Participant participant, ParticipantRole role) {
        return participant.programId().equals(program.id()) && participant.isActive() && participant.hasRole(role);
    }
}
