// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the throws clauses of SubTaskManager.createSubTaskIssueLink / IssueManager.createIssueObject in
// https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html and the public jira-api source
// (CreateException is CHECKED). UNCONFIRMED: the real superclass is com.atlassian.jira.exception.JiraException (extends
// Exception), which is not declared here - this stub extends Exception directly; do not catch it as JiraException.
package com.atlassian.jira.exception;

public class CreateException extends Exception {
    public CreateException() {
        super();
    }

    public CreateException(String msg) {
        super(msg);
    }

    public CreateException(String msg, Throwable throwable) {
        super(msg, throwable);
    }

    public CreateException(Throwable throwable) {
        super(throwable);
    }
}
