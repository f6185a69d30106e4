package org.mentorhub.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.ProgressCount;

/**
 * A pairing as its Jira issue shows it beside the issue: who, the agreement, the action plan's progress and the next
 * check-in. Only when and who: no agenda, no shared or private notes.
 *
 * @param agreement the agreed terms; {@code null} until someone sets them
 * @param startDate {@code null} until the pairing is active
 * @param endDate   planned end while active, actual end once finished; {@code null} before
 */
public record PairIssuePanel(
        Id<Pairing> pairingId,
        Id<Program> programId,
        String programName,
        PairingStatus status,
        Member mentor,
        List<Member> mentees,
        Terms agreement,
        LocalDate startDate,
        LocalDate endDate,
        Progress progress,
        NextCheckIn nextCheckIn) {

    public PairIssuePanel {
        mentees = List.copyOf(mentees);
    }

    /** @param accepted whether they accepted the current agreement */
    public record Member(UserKey user, String name, boolean accepted) { }

    /** @param acceptedByAll the pairing starts once it is */
    public record Terms(Period cadence, Period duration, boolean acceptedByAll) { }

    /** The action plan's goals, in order, and how many of their milestones are done. */
    public record Progress(List<Goal> goals, int milestones, int milestonesDone) {
        public Progress {
            goals = List.copyOf(goals);
        }

        public int goalsDone() {
            return (int) goals.stream().filter(Goal::done).count();
        }

        /** Goals done, in percent, as the pair page's bar counts them. */
        public int percent() {
            return new ProgressCount(goals.size(), goalsDone()).percent();
        }
    }

    public record Goal(String title, boolean done) { }

    /**
     * @param planned  the earliest check-in logged to start after now; {@code null} when none is
     * @param lastHeld the latest check-in up to now that a mentee attended; {@code null} when none
     * @param due      with nothing planned, the day the next check-in is due by the cadence, counted from the last held
     *                 one or else from the start; {@code null} unless the pairing is active
     * @param cadence  how often the pair means to meet
     */
    public record NextCheckIn(Instant planned, Instant lastHeld, LocalDate due, Period cadence) { }
}
