package org.mentorhub.adapter.rest;

import org.mentorhub.domain.IssueKey;

/** The body that links a pair to its Jira issue: {@code {"jiraIssueKey":"MENT-12"}}; null or blank unlinks it. */
public record PairingIssueForm(String jiraIssueKey) {

    /** The key as Jira writes it, or null to unlink; a malformed one is a field error. */
    public IssueKey toIssueKey() {
        return jiraIssueKey == null || jiraIssueKey.isBlank() ? null : IssueKey.typed(jiraIssueKey);
    }
}
