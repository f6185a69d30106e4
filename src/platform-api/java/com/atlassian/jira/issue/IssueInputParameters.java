// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public jira-api source com/atlassian/jira/issue/IssueInputParameters.java (@since v4.1) and
// https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (@PublicApi; addCustomFieldValue,
// setProvidedFields). NOTE: setRetainExistingValuesWhenParameterNotProvided is void in the source read (the shared reference
// claimed it returns IssueInputParameters) - left out, as are setSkipScreenCheck / setApplyDefaultValuesWhenParameterNotProvided
// (not confirmed). Return types matter for binary linkage: only confirmed forms are declared.
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.Map;

public interface IssueInputParameters {
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    /** Key form "customfield_10000". */
    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    IssueInputParameters setComment(String comment);

    Map<String, String[]> getActionParameters();

    Collection<String> getProvidedFields();

    void setProvidedFields(Collection<String> providedFields);

    IssueInputParameters setProjectId(Long projectId);

    Long getProjectId();

    IssueInputParameters setIssueTypeId(String issueTypeId);

    String getIssueTypeId();

    IssueInputParameters setPriorityId(String priorityId);

    IssueInputParameters setResolutionId(String resolutionId);

    IssueInputParameters setStatusId(String statusId);

    IssueInputParameters setSummary(String summary);

    String getSummary();

    IssueInputParameters setDescription(String description);

    String getDescription();

    IssueInputParameters setAssigneeId(String assigneeId);

    String getAssigneeId();

    IssueInputParameters setReporterId(String reporterId);

    String getReporterId();

    /** Date string in the user's date-picker format. */
    IssueInputParameters setDueDate(String dueDate);
}
