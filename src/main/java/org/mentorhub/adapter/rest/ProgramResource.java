package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /programs}: list, create, read, reconfigure and move programs along their lifecycle. Authorization is
 * the {@link org.mentorhub.service.ProgramService}'s: admins create, program managers change, drafts are theirs.
 */
@Named
@Path("/programs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final CoreServices core;

    @Inject
    public ProgramResource(CoreServices core) {
        this.core = core;
    }

    @GET
    @LicensedOnly
    public PageDto<ProgramDto> list(@QueryParam(PageRequest.START_AT) String startAt,
                                    @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.programs().list(), ProgramDto::from);
    }

    @POST
    @LicensedOnly
    public Response create(ProgramForm form) {
        ProgramDto created = ProgramDto.from(core.programs().create(form.toSettings()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{programId}")
    @LicensedOnly
    public ProgramDto get(@PathParam("programId") String programId) {
        return ProgramDto.from(core.programs().get(Id.parse(programId)));
    }

    @PUT
    @Path("/{programId}")
    @LicensedOnly
    public ProgramDto update(@PathParam("programId") String programId, ProgramForm form) {
        return ProgramDto.from(core.programs().update(Id.parse(programId), form.toSettings()));
    }

    /** Open enrollment, start matching, reopen, run or close, as the program lifecycle allows (else 409). */
    @PUT
    @Path("/{programId}/status")
    @LicensedOnly
    public ProgramDto changeStatus(@PathParam("programId") String programId, ProgramStatusForm form) {
        return ProgramDto.from(core.programs().changeStatus(Id.parse(programId), form.target()));
    }
}
