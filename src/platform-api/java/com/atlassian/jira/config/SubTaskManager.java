// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/config/SubTaskManager.html
// (createSubTaskIssueLink(Issue, Issue, ApplicationUser), getSubTaskIssueLinks(Long), getParentIssueId(Issue)) and the
// jira-api source (createSubTaskIssueLink throws the checked CreateException).
// Left out: isSubTasksEnabled(), getSubTaskIssueTypeObjects() (not confirmed for 10.x).
package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface SubTaskManager {
    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser) throws CreateException;

    List<IssueLink> getSubTaskIssueLinks(Long issueId);

    Long getParentIssueId(Issue issue);
}
