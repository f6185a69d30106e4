package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.mentorhub.adapter.ao.upgrade.v1.PairingColumns;

/**
 * A pairing: the columns of version 1 ({@link PairingColumns}), and since version 3 its stored progress
 * ({@link org.mentorhub.domain.PairingProgress}), which program reports read instead of every goal, milestone and
 * check-in, and since version 4 its whole standing as one column ({@link #getStanding()}).
 */
@Table("PAIRING")
public interface AoPairing extends Entity, PairingColumns {
    String GOALS = "GOALS";
    String GOALS_DONE = "GOALS_DONE";
    String MILESTONES = "MILESTONES";
    String MILESTONES_DONE = "MILESTONES_DONE";
    String FIRST_OPEN_MILESTONE_DUE = "FIRST_OPEN_MILESTONE_DUE";
    String LAST_HELD_CHECK_IN = "LAST_HELD_CHECK_IN";
    String STANDING = "STANDING";

    @NotNull
    @Default("0")
    int getGoals();

    void setGoals(int goals);

    @NotNull
    @Default("0")
    int getGoalsDone();

    void setGoalsDone(int goalsDone);

    @NotNull
    @Default("0")
    int getMilestones();

    void setMilestones(int milestones);

    @NotNull
    @Default("0")
    int getMilestonesDone();

    void setMilestonesDone(int milestonesDone);

    /** The earliest due date of an open milestone, ISO date; empty when none is open and dated. */
    @StringLength(Columns.DATE_LENGTH)
    String getFirstOpenMilestoneDue();

    void setFirstOpenMilestoneDue(String firstOpenMilestoneDue);

    /** When the latest held check-in started, epoch milliseconds; empty when none was held. */
    Long getLastHeldCheckIn();

    void setLastHeldCheckIn(Long lastHeldCheckIn);

    /**
     * The pairing's {@link org.mentorhub.port.PairingStanding}, mentees included, encoded as {@link StandingColumn}
     * does: written with every write of the row or its mentees, so that reports read one column per pairing. Empty
     * when it would not fit (then reports read the columns) and before version 4 filled it.
     */
    @StringLength(StringLength.MAX_LENGTH)
    String getStanding();

    void setStanding(String standing);
}
