package org.mentorhub.service;

import java.util.List;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.UserKey;

/**
 * One of the caller's pairings as "My mentoring" lists it.
 *
 * @param programName  the name of the pairing's program
 * @param role         whether the caller mentors or is mentored in it
 * @param counterparts the other members: the mentees for a mentor; the mentor, then any fellow mentees, for a mentee
 * @param goals        how many goals the action plan has
 * @param goalsDone    how many of them are done
 */
public record MyPairing(Pairing pairing, String programName, ParticipantRole role, List<UserKey> counterparts, int goals, int goalsDone) {

    public MyPairing {
        counterparts = List.copyOf(counterparts);
    }
}
