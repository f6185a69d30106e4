// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// MutableIssue extends Issue (https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html, returned by
// IssueService.IssueResult.getIssue() and IssueManager.getIssueObject(..)). No setters are declared: their exact 10.x
// signatures were not confirmed (use IssueService + IssueInputParameters to change issues).
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
