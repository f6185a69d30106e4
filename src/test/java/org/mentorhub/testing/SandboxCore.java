package org.mentorhub.testing;

import java.util.function.Supplier;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.sandbox.SandboxHost;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.UseCases;

/** The plugin's own use cases in a running sandbox host, called as one of its users: how tests seed data. */
public final class SandboxCore {
    private SandboxCore() {
    }

    /** The use cases of the host's composition root (the plugin's {@link CoreServices}). */
    public static UseCases useCases(SandboxHost host) {
        CoreServices core = host.container().components().stream()
                .filter(CoreServices.class::isInstance).map(CoreServices.class::cast).findFirst().orElseThrow();
        return new UseCases(core.programs(), core.enrollment(), core.nominations(), core.pairings(), core.progress(), core.sessions(),
                core.feedback(), core.training(), core.reports(), core.matching());
    }

    /** Runs {@code work} as the sandbox user with {@code userKey}, as a request of theirs would run. */
    public static <T> T as(SandboxUsers users, String userKey, Supplier<T> work) {
        users.actAs(users.byKey(userKey).orElseThrow(() -> new IllegalArgumentException("no sandbox user " + userKey)));
        try {
            return work.get();
        } finally {
            users.clear();
        }
    }
}
