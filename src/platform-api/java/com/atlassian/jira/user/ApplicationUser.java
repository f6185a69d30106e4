// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/user/DelegatingApplicationUser.html
// (implements ApplicationUser: getKey, getUsername, getName, getDisplayName, getEmailAddress, isActive, getDirectoryId).
// Left out: getId() (added in 7.x; not confirmed), getDirectoryUser().
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    /** Same as getUsername(). */
    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();
}
