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
 * {@code /programs/{programId}/pairings}: the program's pairings for its managers, a manager's proposal, and a
 * mentee's request for a mentor. The {@link org.mentorhub.service.PairingService} checks roles, matching mode
 * and the mentor's capacity (409 when it is taken).
 */
@Named
@Path("/programs/{programId}/pairings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramPairingResource {
    private final CoreServices core;

    @Inject
    public ProgramPairingResource(CoreServices core) {
        this.core = core;
    }

    @GET
    @LicensedOnly
    public PageDto<PairingDto> overview(@PathParam("programId") String programId,
                                        @QueryParam(PageRequest.START_AT) String startAt,
                                        @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.pairings().overview(Id.parse(programId)), PairingDto::from);
    }

    @POST
    @LicensedOnly
    public Response propose(@PathParam("programId") String programId, PairingProposalForm form) {
        return created(PairingDto.from(core.pairings().propose(Id.parse(programId), form.mentorKey(),
                form.menteeKeys(), null)));
    }

    @POST
    @Path("/request")
    @LicensedOnly
    public Response request(@PathParam("programId") String programId, MentorRequestForm form) {
        return created(PairingDto.from(core.pairings().request(Id.parse(programId), form.mentorKey())));
    }

    private static Response created(PairingDto pairing) {
        return Response.status(Response.Status.CREATED).entity(pairing).build();
    }
}
