package org.mentorhub.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A mentor and mentee who must not be matched again in a program: a program manager excluded the pair
 * (or rejected the matcher's proposal of it), or one of the two declined a pairing of it. Every later
 * proposal, request, acceptance, suggestion and matching run respects it.
 *
 * @param decidedBy who excluded the pair or declined the pairing
 */
public record PairExclusion(Id<Program> programId, UserKey mentor, UserKey mentee, Reason reason, UserKey decidedBy, Instant decidedAt) {

    public PairExclusion {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** Why the pair is excluded. */
    public enum Reason {
        /** A program manager excluded the pair or rejected its proposal. */
        EXCLUDED_BY_MANAGER,
        /** The mentor declined the pairing, or the mentee declined a proposal of it. */
        DECLINED
    }

    public boolean concerns(UserKey mentorOfPair, UserKey menteeOfPair) {
        return mentor.equals(mentorOfPair) && mentee.equals(menteeOfPair);
    }
}
