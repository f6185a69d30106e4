package org.mentorhub.service;

import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Users;

/** Finds out who calls: every use case starts here, so none runs for an anonymous user. */
public class Access {
    private final Users users;

    public Access(Users users) {
        this.users = users;
    }

    /** Whether the directory knows the user, for inputs that name people by key. */
    public boolean knows(UserKey user) {
        return users.exists(user);
    }

    public Actor caller() {
        UserKey user = users.currentUser().orElseThrow(() -> new ForbiddenException("mentorhub.auth.signInRequired"));
        return new Actor(user, users.isAdmin(user));
    }
}
