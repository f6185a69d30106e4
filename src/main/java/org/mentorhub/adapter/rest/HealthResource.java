package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.service.Health;

/**
 * {@code GET /rest/mentorhub/1.0/health}: plugin version and database state, for load balancers and admins.
 * Open to anonymous callers like Jira's own status endpoint; it reveals no user data.
 * 200 when the database is usable, 503 when it is starting or missing.
 */
@Named
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class HealthResource {
    private final CoreServices core;

    @Inject
    public HealthResource(CoreServices core) {
        this.core = core;
    }

    @GET
    public Response health() {
        Health health = core.health().check();
        HealthDto body = new HealthDto(health.version(),
            new HealthDto.Database(health.database().state().name(), health.database().product()));
        return Response.status(health.healthy() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
            .entity(body)
            .build();
    }
}
