package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /pairings/{pairingId}/feedback}: a pair member answers the early or final survey, once each (409 when it
 * is not open yet or already answered).
 */
@Named
@Path("/pairings/{pairingId}/feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {
    private final CoreServices core;

    @Inject
    public FeedbackResource(CoreServices core) {
        this.core = core;
    }

    @POST
    @LicensedOnly
    public Response submit(@PathParam("pairingId") String pairingId, FeedbackRequest request) {
        FeedbackDto answer = FeedbackDto.from(core.feedback().submit(Id.parse(pairingId), request.toForm()));
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }
}
