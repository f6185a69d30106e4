// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (jira-api 7.x, @PublicApi;
// header "extends OfBizValueWrapper, IssueContext, WithId, WithKey" - the super-interfaces are NOT declared here) and
// https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/AbstractIssue.html (getIssueType,
// getParentObject, getPriority, getResolution). Only ApplicationUser/IssueType/Status-based 7.x+ forms are declared.
// Left out: members returning ProjectComponent, Version, Label, Priority, CustomField, GenericValue, Attachment.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;

public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    String getEnvironment();

    Project getProjectObject();

    Long getProjectId();

    IssueType getIssueType();

    String getIssueTypeId();

    Status getStatus();

    Resolution getResolution();

    ApplicationUser getAssignee();

    String getAssigneeId();

    ApplicationUser getReporter();

    String getReporterId();

    ApplicationUser getCreator();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getDueDate();

    Timestamp getResolutionDate();

    /** If this issue is a sub-task, its parent; otherwise null. */
    Issue getParentObject();

    Long getParentId();

    boolean isSubTask();

    Collection<Issue> getSubTaskObjects();
}
