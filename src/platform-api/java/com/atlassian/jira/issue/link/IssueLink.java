// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (IssueLink getters).
// Left out: getIssueLinkType() - IssueLinkType's type kind (class in Jira 4.x, interface later?) could not be confirmed.
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

public interface IssueLink {
    Long getId();

    Long getLinkTypeId();

    Long getSourceId();

    Long getDestinationId();

    Long getSequence();

    Issue getSourceObject();

    Issue getDestinationObject();

    boolean isSystemLink();
}
