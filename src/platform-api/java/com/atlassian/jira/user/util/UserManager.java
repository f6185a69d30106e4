// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public jira-api source com/atlassian/jira/user/util/UserManager.java (getUserByKey / getUserByName,
// "@since v6.0", returning ApplicationUser, null when not found) and public plugin implementations of the interface.
// Not the SAL UserManager. Only the two lookups are declared.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userkey);

    ApplicationUser getUserByName(String username);
}
