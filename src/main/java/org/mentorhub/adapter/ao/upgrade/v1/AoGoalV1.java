package org.mentorhub.adapter.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.mentorhub.adapter.ao.PlanItem;

/** The goal table as model version 1 created it. */
@Table("GOAL")
public interface AoGoalV1 extends Entity, PlanItem {
    String DESCRIPTION = "DESCRIPTION";

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);
}
