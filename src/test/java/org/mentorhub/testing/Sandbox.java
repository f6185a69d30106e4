package org.mentorhub.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mentorhub.sandbox.DemoUsers;
import org.mentorhub.sandbox.SandboxHost;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * One sandbox host for the whole test run: the plugin on a free local port with a throwaway in-memory H2
 * database, the demo users plus the test-only users of {@link StoredXss}. Started on first use by
 * {@link SandboxExtension}, stopped when the run ends.
 */
public final class Sandbox implements ExtensionContext.Store.CloseableResource {
    /** The REST module's base path, as Jira serves it. */
    public static final String REST_BASE = "/rest/mentorhub/1.0";
    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

    private final SandboxHost host;

    private Sandbox(SandboxHost host) {
        this.host = host;
    }

    static Sandbox start() {
        SandboxUsers users = DemoUsers.create();
        StoredXss.addPayloadUsers(users);
        return start(users);
    }

    /** A sandbox of its own with {@code users}. */
    public static Sandbox start(SandboxUsers users) {
        quietenJersey();
        HostDatabase database = HostDatabase.h2InMemory("mentorhub-test-" + UUID.randomUUID());
        try {
            return new Sandbox(SandboxHost.start(0, database, users, Path.of("node_modules")));
        } catch (Exception e) {
            database.close();
            throw new IllegalStateException("The sandbox host did not start", e);
        }
    }

    /** Jersey reports optional features the tests do not use (WADL, JAXB) at WARNING on every start. */
    static void quietenJersey() {
        JERSEY_LOG.setLevel(Level.SEVERE);
    }

    public SandboxHost host() {
        return host;
    }

    /** {@code path} (starting with {@code /}) on the sandbox. */
    public URI url(String path) {
        return host.baseUrl().resolve(path);
    }

    /** An anonymous client of MentorHub's REST API that checks every exchange against the OpenAPI document. */
    public RestClient rest() {
        return RestClient.forApi(host.baseUrl());
    }

    @Override
    public void close() throws Exception {
        host.close();
    }
}
