package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.mentorhub.adapter.platform.CoreServices;

/**
 * {@code GET /rest/mentorhub/1.0/dashboard/programs}: the programs whose dashboard the caller may see (those they
 * manage; every program for administrators), by name and paged, for the gadget's configuration. 401 when not
 * logged in; 400 for a bad {@code startAt} or {@code maxResults}.
 */
@Named
@Path("dashboard/programs")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DashboardProgramsResource {
    private final CoreServices core;

    @Inject
    public DashboardProgramsResource(CoreServices core) {
        this.core = core;
    }

    @GET
    public PageDto<ProgramRefDto> programs(@QueryParam(PageRequest.START_AT) String startAt,
                                           @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.reports().reportablePrograms(), ProgramRefDto::of);
    }
}
