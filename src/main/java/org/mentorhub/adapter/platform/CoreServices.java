package org.mentorhub.adapter.platform;

import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.port.DatabaseProbe;
import org.mentorhub.service.HealthService;
import org.mentorhub.service.ReportService;

/**
 * The composition root: builds the plain-Java core from the adapters that implement its ports, so the core
 * itself carries no injection annotations. Adapters (REST, pages, Jira listeners) depend on this class.
 */
@Named
public class CoreServices {
    private final HealthService health;

    @Inject
    public CoreServices(DatabaseProbe databaseProbe, BuildInfo buildInfo) {
        this.health = new HealthService(databaseProbe, buildInfo.version());
    }

    public HealthService health() {
        return health;
    }

    /**
     * Program dashboards. Not built yet: {@link ReportService} runs on the program, participant, pairing, goal,
     * session and feedback stores, whose Active Objects adapters are still being written; this root builds it from
     * them, like the other use cases, once they exist. Until then the dashboard endpoints answer 500.
     */
    public ReportService reports() {
        throw new IllegalStateException("ReportService is built here once the Active Objects stores exist");
    }
}
