package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A goal of a pair's action plan. */
@Table("GOAL")
public interface AoGoal extends Entity, PlanItem {
    String DESCRIPTION = "DESCRIPTION";

    /** What reaching the goal means; free text, never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);
}
