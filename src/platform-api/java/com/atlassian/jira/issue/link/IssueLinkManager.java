// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html
// (createIssueLink(Long, Long, Long, Long, ApplicationUser), getInwardLinks(Long), getIssueLink(Long, Long, Long));
// throws CreateException per the jira-api source (checked).
// UNCONFIRMED: getOutwardLinks(Long) - counterpart of getInwardLinks, kept because the plugin needs it.
// Left out: removeIssueLink(..) (signature not confirmed).
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws CreateException;

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    // UNCONFIRMED: see header.
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);
}
