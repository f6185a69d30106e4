// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Project is the interface returned by Issue.getProjectObject() (https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html).
// Only getId/getKey/getName/getProjectLead are declared (long-standing members; getProjectLead returns ApplicationUser
// since 7.0) - UNCONFIRMED individually against a 10.x page.
package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

public interface Project {
    Long getId();

    String getKey();

    String getName();

    ApplicationUser getProjectLead();
}
