package org.mentorhub.service;

import java.util.Optional;
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
        return signedIn().orElseThrow(() -> new ForbiddenException("mentorhub.auth.signInRequired"));
    }

    /** The caller, if someone is signed in: for reads that show anonymous visitors nothing rather than fail. */
    public Optional<Actor> signedIn() {
        return users.currentUser().map(user -> new Actor(user, users.isAdmin(user)));
    }
}
