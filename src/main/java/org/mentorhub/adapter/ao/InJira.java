package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;

/** Rows of records a Jira issue mirrors (a nomination, a pairing, a goal or a milestone). */
public interface InJira {
    String ISSUE_KEY = "ISSUE_KEY";

    /** The mirroring issue, once created; indexed to find the record from Jira's issue events. */
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);
}
