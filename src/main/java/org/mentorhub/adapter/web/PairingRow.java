package org.mentorhub.adapter.web;

/**
 * One of the user's pairings in the "my mentoring" list.
 *
 * @param role          MENTOR or MENTEE: the user's role in it
 * @param counterparts  the other members' names, joined for display
 * @param status        the pairing's status name
 * @param goalsPercent  done goals as a share of all goals, 0 to 100
 */
public record PairingRow(String id, String programName, String role, String counterparts, String status, int goals,
                         int goalsDone, long goalsPercent) {
}
