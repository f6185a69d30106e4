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
import org.mentorhub.domain.UserKey;

/**
 * {@code /programs/{programId}/participants}: opting in and seeing participants (the caller's own profile is
 * {@link ProfileResource}). The {@link org.mentorhub.service.EnrollmentService} decides who may do what.
 */
@Named
@Path("/programs/{programId}/participants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
    private final CoreServices core;

    @Inject
    public EnrollmentResource(CoreServices core) {
        this.core = core;
    }

    /** The caller opts in as mentor and/or mentee, with consent. */
    @POST
    @LicensedOnly
    public Response enroll(@PathParam("programId") String programId, EnrollmentRequest request) {
        ParticipantDto enrolled = ParticipantDto.from(core.enrollment().enroll(Id.parse(programId), request.toForm()));
        return Response.status(Response.Status.CREATED).entity(enrolled).build();
    }

    @GET
    @LicensedOnly
    public PageDto<ParticipantDto> list(@PathParam("programId") String programId,
                                        @QueryParam(PageRequest.START_AT) String startAt,
                                        @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.enrollment().listForProgram(Id.parse(programId)), ParticipantDto::from);
    }

    @GET
    @Path("/{userKey}")
    @LicensedOnly
    public ParticipantDto get(@PathParam("programId") String programId, @PathParam("userKey") String userKey) {
        return ParticipantDto.from(core.enrollment().view(Id.parse(programId), new UserKey(userKey)));
    }
}
