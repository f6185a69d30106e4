package org.mentorhub.adapter.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.adapter.ao.AoReportingLines;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Users;

/**
 * The host's users as the core sees them: identity, permissions and names from SAL's {@link UserManager} (the same
 * in Jira and Confluence), direct managers from MentorHub's reporting lines ({@link AoReportingLines}), since
 * neither product records a reporting line.
 */
@Named
public class SalUsers implements Users {
    private final UserManager userManager;
    private final AoReportingLines reportingLines;

    @Inject
    public SalUsers(@ComponentImport UserManager userManager, AoReportingLines reportingLines) {
        this.userManager = userManager;
        this.reportingLines = reportingLines;
    }

    @Override
    public Optional<UserKey> currentUser() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(key -> new UserKey(key.getStringValue()));
    }

    @Override
    public boolean isAdmin(UserKey user) {
        com.atlassian.sal.api.user.UserKey key = salKey(user);
        return userManager.isAdmin(key) || userManager.isSystemAdmin(key);
    }

    @Override
    public boolean exists(UserKey user) {
        return userManager.getUserProfile(salKey(user)) != null;
    }

    @Override
    public String displayName(UserKey user) {
        UserProfile profile = userManager.getUserProfile(salKey(user));
        if (profile == null) {
            return user.value();
        }
        String fullName = profile.getFullName();
        return fullName == null || fullName.isBlank() ? profile.getUsername() : fullName;
    }

    @Override
    public Optional<UserKey> managerOf(UserKey user) {
        return reportingLines.managerOf(user);
    }

    @Override
    public List<UserKey> directReports(UserKey manager) {
        return reportingLines.reportsOf(manager);
    }

    private static com.atlassian.sal.api.user.UserKey salKey(UserKey user) {
        return new com.atlassian.sal.api.user.UserKey(user.value());
    }
}
