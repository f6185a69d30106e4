package org.mentorhub.sandbox.host;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's user directory and who is acting in the current request. There is no password: the user
 * switcher sets a cookie, and a filter binds that user to the request thread, as Jira's authentication does.
 */
public final class SandboxUsers {
    private final Map<String, SandboxUser> byKey = new LinkedHashMap<>();
    private final ThreadLocal<SandboxUser> current = new ThreadLocal<>();

    public synchronized void add(SandboxUser user) {
        byKey.put(user.key(), user);
    }

    public synchronized Optional<SandboxUser> byKey(String key) {
        return Optional.ofNullable(key).map(byKey::get);
    }

    public synchronized Optional<SandboxUser> byUsername(String username) {
        return byKey.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    public synchronized Collection<SandboxUser> all() {
        return java.util.List.copyOf(byKey.values());
    }

    public Optional<SandboxUser> current() {
        return Optional.ofNullable(current.get());
    }

    /** Binds {@code user} (or nobody) to this thread until {@link #clear()}. */
    public void actAs(SandboxUser user) {
        current.set(user);
    }

    public void clear() {
        current.remove();
    }
}
