package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /programs/{programId}/nominations}: a line manager or program manager nominates someone; the program's
 * managers list the nominations. The {@link org.mentorhub.service.NominationService} decides who may.
 */
@Named
@Path("/programs/{programId}/nominations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramNominationResource {
    private final CoreServices core;

    @Inject
    public ProgramNominationResource(CoreServices core) {
        this.core = core;
    }

    @POST
    @LicensedOnly
    public Response nominate(@PathParam("programId") String programId, NominationForm form) {
        NominationDto nomination = NominationDto.from(core.nominations().nominate(Id.parse(programId), form.nomineeKey(),
            form.role(), form.reason()));
        return Response.status(Response.Status.CREATED).entity(nomination).build();
    }

    @GET
    @LicensedOnly
    public PageDto<NominationDto> list(@PathParam("programId") String programId,
                                       @QueryParam(PageRequest.START_AT) String startAt,
                                       @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.nominations().listForProgram(Id.parse(programId)), NominationDto::from);
    }
}
