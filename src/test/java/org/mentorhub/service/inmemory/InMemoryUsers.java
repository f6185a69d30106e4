package org.mentorhub.service.inmemory;

import java.util.Map;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.Users;

/** A user directory for tests; the current user is per thread, as in the host, so threads can act as different people. */
public final class InMemoryUsers implements Users {
    private final Set<UserKey> known = ConcurrentHashMap.newKeySet();
    private final Set<UserKey> admins = ConcurrentHashMap.newKeySet();
    private final Map<UserKey, UserKey> managers = new ConcurrentHashMap<>();
    private final ThreadLocal<UserKey> current = new ThreadLocal<>();

    public UserKey add(String key) {
        UserKey user = new UserKey(key);
        known.add(user);
        return user;
    }

    public void makeAdmin(UserKey user) {
        admins.add(user);
    }

    public void setManager(UserKey report, UserKey manager) {
        managers.put(report, manager);
    }

    /** Acts as {@code user} on this thread from now on; {@code null} for nobody signed in. */
    public void actAs(UserKey user) {
        current.set(user);
    }

    @Override
    public Optional<UserKey> currentUser() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public boolean isAdmin(UserKey user) {
        return admins.contains(user);
    }

    @Override
    public boolean exists(UserKey user) {
        return known.contains(user);
    }

    @Override
    public String displayName(UserKey user) {
        return user.value();
    }

    @Override
    public Optional<UserKey> managerOf(UserKey user) {
        return Optional.ofNullable(managers.get(user));
    }

    @Override
    public List<UserKey> directReports(UserKey manager) {
        return managers.entrySet().stream().filter(line -> line.getValue().equals(manager)).map(Map.Entry::getKey)
            .sorted(Comparator.comparing(UserKey::value)).toList();
    }
}
