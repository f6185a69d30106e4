// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
// (getLoggedInUser, isLoggedInUser, setLoggedInUser, clearLoggedInUser, getLocale) and ApplicationUser-based use in public
// plugin code (ComponentAccessor.getJiraAuthenticationContext().getLoggedInUser() returning ApplicationUser).
// getLoggedInUser() is @Nullable (annotation not reproduced). Left out: getI18nHelper() (drags in I18nHelper).
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();

    /** Use in try/finally to run as a user in background jobs; restore the previous user afterwards. */
    void setLoggedInUser(ApplicationUser user);

    void clearLoggedInUser();
}
