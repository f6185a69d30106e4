package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A user's direct manager, as the organisation's directory states it. Jira and Confluence keep no reporting line,
 * and the manager a participant declares on a profile cannot be the authority (the pairing rules must not depend
 * on what people say about themselves), so MentorHub keeps the directory's answer here.
 */
@Table("REPORTING_LINE")
public interface AoReportingLine extends Entity {
    String USER_KEY = "USER_KEY";
    String MANAGER_KEY = "MANAGER_KEY";

    /** The user; unique, one direct manager each. */
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    /** The user's direct manager; indexed to find someone's reports. */
    @NotNull
    @Indexed
    String getManagerKey();

    void setManagerKey(String managerKey);
}
