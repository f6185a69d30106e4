package org.mentorhub.testing;

import java.util.function.Supplier;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.sandbox.SandboxHost;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.UseCases;

/**
 * The use cases of a running sandbox host's own composition root, called as one of its users: how tests and the
 * sandbox seed data the way people would enter it.
 */
public final class SandboxActors {
    private final UseCases core;
    private final SandboxUsers users;

    SandboxActors(UseCases core, SandboxUsers users) {
        this.core = core;
        this.users = users;
    }

    public static SandboxActors forHost(SandboxHost host, SandboxUsers users) {
        CoreServices core = host.container().components().stream()
                .filter(CoreServices.class::isInstance).map(CoreServices.class::cast).findFirst().orElseThrow();
        return new SandboxActors(new UseCases(core.programs(), core.enrollment(), core.nominations(), core.pairings(), core.pairIssues(),
                core.progress(), core.sessions(), core.feedback(), core.training(), core.reports(), core.matching()), users);
    }

    /** The host's own users, for a sandbox the tests share. */
    public static SandboxActors forHost(SandboxHost host) {
        return forHost(host, host.users());
    }

    public UseCases core() {
        return core;
    }

    /** Runs {@code work} as the sandbox user with {@code userKey}. */
    public <T> T as(String userKey, Supplier<T> work) {
        users.actAs(users.byKey(userKey).orElseThrow(() -> new IllegalArgumentException("no sandbox user " + userKey)));
        try {
            return work.get();
        } finally {
            users.clear();
        }
    }
}
