package org.mentorhub.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a pairing's action plan and check-ins stand, kept with the pairing so that program reports read one row per
 * pairing instead of every goal, milestone and check-in. Always computed whole from the pairing's own rows
 * ({@link #of}), never adjusted by increments, so it cannot drift from them.
 *
 * @param firstOpenMilestoneDue the earliest due date among open milestones; {@code null} when none is open and dated
 * @param lastHeldCheckIn       when the latest held check-in ({@link Session#isHeldCheckInOf}) started, also if that
 *                              is still ahead; {@code null} when none was held
 */
public record PairingProgress(int goals, int goalsDone, int milestones, int milestonesDone, LocalDate firstOpenMilestoneDue,
                              Instant lastHeldCheckIn) {

    public static final PairingProgress NONE = new PairingProgress(0, 0, 0, 0, null, null);

    public PairingProgress {
        if (goals < 0 || goalsDone < 0 || goalsDone > goals || milestones < 0 || milestonesDone < 0 || milestonesDone > milestones) {
            throw new IllegalArgumentException("goals " + goalsDone + " of " + goals + ", milestones " + milestonesDone + " of " + milestones);
        }
    }

    /** The pairing's progress from its whole plan and every session it logged. */
    public static PairingProgress of(Pairing pairing, ActionPlan plan, Collection<Session> sessions) {
        Objects.requireNonNull(pairing, "pairing");
        LocalDate firstOpenDue = plan.milestones().stream()
                .filter(m -> m.status() == ProgressStatus.OPEN && m.dueDate() != null)
                .map(Milestone::dueDate)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant lastHeld = sessions.stream()
                .filter(s -> s.isHeldCheckInOf(pairing))
                .map(Session::startsAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new PairingProgress(plan.goals().size(), countDone(plan.goals().stream().map(Goal::status).toList()),
                plan.milestones().size(), countDone(plan.milestones().stream().map(Milestone::status).toList()), firstOpenDue, lastHeld);
    }

    /** Whether an open milestone was due before {@code day}: exactly when the earliest open one was. */
    public boolean hasMilestoneOverdueOn(LocalDate day) {
        return firstOpenMilestoneDue != null && firstOpenMilestoneDue.isBefore(day);
    }

    /** Has goals and all of them are done, as {@link ActionPlan#isComplete()}. */
    public boolean planComplete() {
        return goals > 0 && goalsDone == goals;
    }

    private static int countDone(Collection<ProgressStatus> statuses) {
        return (int) statuses.stream().filter(status -> status == ProgressStatus.DONE).count();
    }
}
