package org.mentorhub.port;

/**
 * Head counts of a program's participants, for reports.
 *
 * @param enrolled everyone who ever opted in, including those who opted out since
 * @param optedIn  those whose consent still stands
 * @param mentors  opted-in participants with the mentor role
 * @param mentees  opted-in participants with the mentee role (one person may count as both)
 */
public record ParticipantCount(int enrolled, int optedIn, int mentors, int mentees) {

    public ParticipantCount {
        if (optedIn < 0 || optedIn > enrolled || mentors < 0 || mentors > optedIn || mentees < 0 || mentees > optedIn) {
            throw new IllegalArgumentException(enrolled + "/" + optedIn + "/" + mentors + "/" + mentees);
        }
    }
}
