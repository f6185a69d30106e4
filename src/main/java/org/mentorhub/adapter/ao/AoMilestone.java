package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A step towards a goal; carries the goal's pairing too, so a whole action plan reads in two queries. */
@Table("MILESTONE")
public interface AoMilestone extends Entity, PlanItem {
    String GOAL_UUID = "GOAL_UUID";

    /** The goal's domain id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getGoalUuid();

    void setGoalUuid(String goalUuid);
}
