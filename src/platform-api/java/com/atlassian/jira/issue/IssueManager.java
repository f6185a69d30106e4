// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html (@PublicApi interface;
// atLeastOneIssueExists) and the public jira-api source of IssueManager (getIssueObject(Long|String) declared
// "throws DataAccessException" - an unchecked exception, so no throws clause is needed here).
// Left out: create/update/delete members (need EventDispatchOption / prefer IssueService), getIssueByCurrentKey
// (return type not confirmed).
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    boolean atLeastOneIssueExists();
}
