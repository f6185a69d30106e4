package org.mentorhub.port;

import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.UserKey;

/** The host's users, as the core needs them; backed by SAL's {@code UserManager} and the reporting-line source. */
public interface Users {

    /** The user the current request or job acts for; empty when nobody is signed in. */
    Optional<UserKey> currentUser();

    /** Whether the user is a Jira (or Confluence) administrator or system administrator. */
    boolean isAdmin(UserKey user);

    boolean exists(UserKey user);

    /** The user's name for display; the key itself if the user is unknown. */
    String displayName(UserKey user);

    /** The user's direct manager from the directory (HR sync or user property); empty when unknown. */
    Optional<UserKey> managerOf(UserKey user);

    /** The users whose direct manager the directory says {@code manager} is, by key; empty when it names none. */
    List<UserKey> directReports(UserKey manager);

    default boolean isDirectManager(UserKey manager, UserKey report) {
        return managerOf(report).filter(manager::equals).isPresent();
    }
}
