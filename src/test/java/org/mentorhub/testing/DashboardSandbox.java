package org.mentorhub.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mentorhub.sandbox.DemoUsers;
import org.mentorhub.sandbox.host.SandboxUsers;

/**
 * A sandbox with the {@link DashboardDataSet} seeded twice, plainly and with stored-XSS payloads, started once per
 * test run for the tests that declare it as a parameter (register this class with {@code @ExtendWith}).
 *
 * <p>A sandbox of its own (the data set's people, a database no other test writes to, so its figures hold), seeded
 * through the use cases of the plugin's own composition root on the Active Objects stores.
 */
public final class DashboardSandbox implements ExtensionContext.Store.CloseableResource, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DashboardSandbox.class);

    private final Sandbox sandbox;
    private final DashboardDataSet.Seeded plain;
    private final DashboardDataSet.Seeded storedXss;

    /** For {@code @ExtendWith}; tests get the started one as a parameter. */
    public DashboardSandbox() {
        this(null, null, null);
    }

    private DashboardSandbox(Sandbox sandbox, DashboardDataSet.Seeded plain, DashboardDataSet.Seeded storedXss) {
        this.sandbox = sandbox;
        this.plain = plain;
        this.storedXss = storedXss;
    }

    static DashboardSandbox start() {
        SandboxUsers users = DemoUsers.create();
        StoredXss.addPayloadUsers(users);
        DashboardDataSet.addPeople(users);
        Sandbox sandbox = Sandbox.start(users);
        DashboardDataSet data = DashboardDataSet.forHost(sandbox.host(), users);
        return new DashboardSandbox(sandbox, data.seed(DashboardDataSet.Texts.plain()), data.seed(DashboardDataSet.Texts.storedXss()));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The data set with plain texts. */
    public DashboardDataSet.Seeded plain() {
        return plain;
    }

    /** The data set with script payloads in the program's name, a goal, a milestone and a mentee's name. */
    public DashboardDataSet.Seeded storedXss() {
        return storedXss;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DashboardSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(DashboardSandbox.class, key -> start(), DashboardSandbox.class);
    }

    @Override
    public void close() throws Exception {
        sandbox.close();
    }
}
