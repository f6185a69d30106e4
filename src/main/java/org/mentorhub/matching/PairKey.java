package org.mentorhub.matching;

/** A (mentee, mentor) pair by participant id. */
public record PairKey(String menteeId, String mentorId) {
}
