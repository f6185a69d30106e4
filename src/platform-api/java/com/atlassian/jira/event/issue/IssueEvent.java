// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html
// ("@PublicApi public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent"; the superclass and
// interface are NOT declared here). Getters getIssue()/getUser()/getEventTypeId() are the long-standing names
// (UNCONFIRMED individually against a 10.x page). getParams() (inherited from AbstractEvent) left out. UNCONFIRMED: the constructor (Issue, Map, ApplicationUser, Long) - kept
// only so the sandbox/tests can build events; plugin code must never construct IssueEvent.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

public final class IssueEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    // UNCONFIRMED: see header.
    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
