// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html
// (implements the SAL UserManager in Confluence 9.5, javax.servlet) and a CFR-decompiled recent
// com/atlassian/sal/api/user/UserManager (public sources, SAL 4.x+/5.x: has isLicensed / default isLimitedUnlicensedUser).
// The real members carry javax.annotation @Nullable annotations (not reproduced: no jsr305 dependency).
package com.atlassian.sal.api.user;

import java.security.Principal;
import javax.servlet.http.HttpServletRequest;

public interface UserManager {
    /** @deprecated use {@link #getRemoteUserKey()} / {@link #getRemoteUser()}. */
    @Deprecated
    String getRemoteUsername();

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    /** @deprecated use {@link #getRemoteUserKey(HttpServletRequest)}. */
    @Deprecated
    String getRemoteUsername(HttpServletRequest request);

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    /** @deprecated use {@link #isUserInGroup(UserKey, String)}. */
    @Deprecated
    boolean isUserInGroup(String username, String group);

    boolean isUserInGroup(UserKey userKey, String group);

    /** @deprecated use {@link #isSystemAdmin(UserKey)}. */
    @Deprecated
    boolean isSystemAdmin(String username);

    boolean isSystemAdmin(UserKey userKey);

    /** @deprecated use {@link #isAdmin(UserKey)}. */
    @Deprecated
    boolean isAdmin(String username);

    boolean isAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    /** Default body as in the decompiled SAL interface. */
    default boolean isLimitedUnlicensedUser(UserKey userKey) {
        return isLimitedUnlicensedAccessEnabled() && getUserProfile(userKey) != null && !isLicensed(userKey);
    }

    boolean authenticate(String username, String password);

    Principal resolve(String username) throws UserResolutionException;

    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
