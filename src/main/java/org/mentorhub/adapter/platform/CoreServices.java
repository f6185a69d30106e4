package org.mentorhub.adapter.platform;

import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.port.DatabaseProbe;
import org.mentorhub.service.HealthService;

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
}
