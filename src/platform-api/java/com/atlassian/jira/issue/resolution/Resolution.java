// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (the Issue getter returns
// com.atlassian.jira.issue.resolution.Resolution in 7.x+). Resolution is an interface extending IssueConstant in jira-api; only the IssueConstant
// getters getId()/getName()/getDescription() are declared (UNCONFIRMED individually: long-standing IssueConstant members).
package com.atlassian.jira.issue.resolution;

public interface Resolution {
    String getId();

    String getName();

    String getDescription();
}
