package org.mentorhub.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mentor's recognition in a program, derived from what they did: the time spent in sessions they
 * attended as mentor, and the badges that time and their completed pairings earn. Derived rather than
 * stored, so it can never disagree with the sessions and pairings.
 */
public record Recognition(UserKey mentor, Duration mentoringTime, Set<Badge> badges) {

    public Recognition {
        badges = Set.copyOf(badges);
    }

    public static Recognition of(UserKey mentor, Collection<Pairing> pairings, Collection<Session> sessions) {
        Set<Id<Pairing>> mentored = pairings.stream().filter(p -> p.isMentor(mentor)).map(Pairing::id).collect(Collectors.toSet());
        List<Session> attended = sessions.stream().filter(s -> mentored.contains(s.pairingId()) && s.attended(mentor)).toList();
        Duration time = attended.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
        Set<Badge> badges = EnumSet.noneOf(Badge.class);
        if (!attended.isEmpty()) {
            badges.add(Badge.FIRST_SESSION);
        }
        if (time.toHours() >= 10) {
            badges.add(Badge.TEN_HOURS);
        }
        if (time.toHours() >= 50) {
            badges.add(Badge.FIFTY_HOURS);
        }
        if (pairings.stream().anyMatch(p -> p.isMentor(mentor) && p.status() == PairingStatus.COMPLETED)) {
            badges.add(Badge.PAIRING_COMPLETED);
        }
        return new Recognition(mentor, time, badges);
    }
}
