package org.mentorhub.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.security.Principal;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

/** SAL's user manager over the sandbox directory. Every sandbox user is licensed; anonymous access is on. */
public final class HostUserManager implements UserManager {
    private final SandboxUsers users;

    public HostUserManager(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public String getRemoteUsername() {
        return users.current().map(SandboxUser::username).orElse(null);
    }

    @Override
    public UserProfile getRemoteUser() {
        return users.current().orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return users.current().map(SandboxUser::getUserKey).orElse(null);
    }

    @Override
    public String getRemoteUsername(HttpServletRequest request) {
        return getRemoteUsername();
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return users.byUsername(username).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).orElse(null);
    }

    @Override
    public boolean isUserInGroup(String username, String group) {
        return users.byUsername(username).map(u -> u.groups().contains(group)).orElse(false);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(u -> u.groups().contains(group)).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(String username) {
        return isUserInGroup(username, SandboxUser.SYSTEM_ADMINISTRATORS);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isUserInGroup(userKey, SandboxUser.SYSTEM_ADMINISTRATORS);
    }

    @Override
    public boolean isAdmin(String username) {
        return users.byUsername(username).map(SandboxUser::isAdmin).orElse(false);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(SandboxUser::isAdmin).orElse(false);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return getUserProfile(userKey) != null;
    }

    @Override
    public boolean authenticate(String username, String password) {
        return false;
    }

    @Override
    public Principal resolve(String username) {
        return users.byUsername(username).map(u -> (Principal) u::username).orElse(null);
    }

    @Override
    public Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults) {
        return List.of(SandboxUser.ADMINISTRATORS, SandboxUser.SYSTEM_ADMINISTRATORS, SandboxUser.USERS).stream()
            .filter(g -> g.startsWith(prefix)).skip(startIndex).limit(maxResults).toList();
    }

    @Override
    public boolean isAnonymousAccessEnabled() {
        return true;
    }

    @Override
    public boolean isLimitedUnlicensedAccessEnabled() {
        return false;
    }
}
