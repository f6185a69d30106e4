package org.mentorhub.adapter.ao;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** What goals and milestones, the two parts of a pair's action plan, have in common. */
public interface PlanItem extends Identified, InPairing, InJira {
    String TITLE = "TITLE";
    String DUE_DATE = "DUE_DATE";
    String STATUS = "STATUS";
    String COMPLETED_AT = "COMPLETED_AT";

    /** Short title. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** Target date, ISO date; empty for none. */
    @StringLength(Columns.DATE_LENGTH)
    String getDueDate();

    void setDueDate(String dueDate);

    /** {@link org.mentorhub.domain.ProgressStatus} name. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** When it was done, epoch milliseconds; empty while open. */
    Long getCompletedAt();

    void setCompletedAt(Long completedAt);
}
