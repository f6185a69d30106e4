package org.mentorhub.testing;

import java.time.Clock;
import org.mentorhub.adapter.platform.BuildInfo;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.port.DatabaseStatus;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.service.ReportService;
import org.mentorhub.service.UseCases;
import org.mentorhub.service.inmemory.InMemoryStores;
import org.mentorhub.service.inmemory.JvmLocks;

/**
 * The core on the in-memory stores, acting for the sandbox's people, with a composition root that serves it to the
 * plugin's REST resources. Stands in for the sandbox's own {@link CoreServices} until that builds the reports on the
 * Active Objects stores; then the dashboard tests use the shared {@link Sandbox} instead.
 */
public final class InMemoryCore {
    private final UseCases useCases;

    private InMemoryCore(UseCases useCases) {
        this.useCases = useCases;
    }

    public static InMemoryCore over(SandboxUsers users) {
        return new InMemoryCore(UseCases.wire(InMemoryStores.create(), new SandboxDirectory(users), Clock.systemDefaultZone(),
                new JvmLocks()));
    }

    public UseCases useCases() {
        return useCases;
    }

    /** A composition root whose {@code reports()} run on these stores; its health check reports an in-memory database. */
    public CoreServices compositionRoot() {
        ReportService reports = useCases.reports();
        return new CoreServices(() -> new DatabaseStatus(DatabaseStatus.State.UP, "IN_MEMORY"), new BuildInfo()) {
            @Override
            public ReportService reports() {
                return reports;
            }
        };
    }
}
