package org.mentorhub.domain;

import java.util.Collection;

/** How many mentee places a mentor has in a program and how many are taken by accepted or active pairings. */
public record MentorLoad(UserKey mentor, int capacity, int taken) {

    /** Counts the mentees of {@code mentor}'s capacity-holding pairings among {@code pairings} (others are ignored). */
    public static MentorLoad of(Participant mentor, Collection<Pairing> pairings) {
        int taken = pairings.stream()
                .filter(p -> p.isMentor(mentor.user()) && p.status().holdsCapacity())
                .mapToInt(p -> p.mentees().size())
                .sum();
        return new MentorLoad(mentor.user(), mentor.profile().mentorCapacity(), taken);
    }

    public int free() {
        return Math.max(0, capacity - taken);
    }

    /** A mentor never exceeds capacity: taking {@code mentees} more must still fit. */
    public void requireRoomFor(int mentees) {
        if (mentees > free()) {
            throw new ConflictException("mentorhub.pairing.capacityReached", mentor, capacity);
        }
    }
}
