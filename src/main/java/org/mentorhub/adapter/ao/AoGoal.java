package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A goal of a pair's action plan. Since version 3 it carries its pairing's program too, indexed with the completion
 * time, so that a report reads a period's completions without joining the pairings.
 */
@Table("GOAL")
@Indexes(@Index(name = "program_completed", methodNames = {"getProgramUuid", "getCompletedAt"}))
public interface AoGoal extends Entity, PlanItem {
    String DESCRIPTION = "DESCRIPTION";
    String PROGRAM_UUID = InProgram.PROGRAM_UUID;

    /** What reaching the goal means; free text, never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** The pairing's program's domain id; empty only before version 3 filled it (a new column cannot be required). */
    @StringLength(Columns.UUID_LENGTH)
    String getProgramUuid();

    void setProgramUuid(String programUuid);
}
