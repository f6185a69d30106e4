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

/** {@code /mypairings}: the caller's own pairings in every program, like Jira's {@code /myself}. */
@Named
@Path("/mypairings")
@Produces(MediaType.APPLICATION_JSON)
public class MyPairingResource {
    private final CoreServices core;

    @Inject
    public MyPairingResource(CoreServices core) {
        this.core = core;
    }

    @GET
    @LicensedOnly
    public PageDto<MyPairingDto> mine(@QueryParam(PageRequest.START_AT) String startAt,
                                      @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.pairings().mine(), MyPairingDto::from);
    }
}
