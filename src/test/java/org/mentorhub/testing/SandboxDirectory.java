package org.mentorhub.testing;

import java.util.Optional;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Users;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/** The core's {@link Users} port over the sandbox's people: who acts in this request or test thread, admins, names. */
final class SandboxDirectory implements Users {
    private final SandboxUsers users;

    SandboxDirectory(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public Optional<UserKey> currentUser() {
        return users.current().map(user -> new UserKey(user.key()));
    }

    @Override
    public boolean isAdmin(UserKey user) {
        return users.byKey(user.value()).filter(SandboxUser::isAdmin).isPresent();
    }

    @Override
    public boolean exists(UserKey user) {
        return users.byKey(user.value()).isPresent();
    }

    @Override
    public String displayName(UserKey user) {
        return users.byKey(user.value()).map(SandboxUser::fullName).orElse(user.value());
    }

    @Override
    public Optional<UserKey> managerOf(UserKey user) {
        return Optional.empty();
    }
}
