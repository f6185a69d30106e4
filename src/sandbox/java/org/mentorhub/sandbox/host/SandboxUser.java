package org.mentorhub.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.util.Set;

/** A person known to the sandbox host, with the stable key Jira would give them and their groups. */
public record SandboxUser(String key, String username, String fullName, String email, Set<String> groups)
    implements UserProfile {

    public static final String ADMINISTRATORS = "jira-administrators";
    public static final String SYSTEM_ADMINISTRATORS = "jira-system-administrators";
    public static final String USERS = "jira-software-users";

    public boolean isAdmin() {
        return groups.contains(ADMINISTRATORS) || groups.contains(SYSTEM_ADMINISTRATORS);
    }

    @Override
    public UserKey getUserKey() {
        return new UserKey(key);
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public URI getProfilePictureUri(int width, int height) {
        return null;
    }

    @Override
    public URI getProfilePictureUri() {
        return null;
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create("/secure/ViewProfile.jspa?name=" + username);
    }
}
