package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /pairings/{pairingId}/sessions}: check-ins of an active pairing. Pair members log and read them with
 * their own private notes; program managers read only when and who ({@link org.mentorhub.service.SessionService}).
 */
@Named
@Path("/pairings/{pairingId}/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final CoreServices core;

    @Inject
    public SessionResource(CoreServices core) {
        this.core = core;
    }

    @GET
    @LicensedOnly
    public List<SessionDto> list(@PathParam("pairingId") String pairingId) {
        return core.sessions().list(Id.parse(pairingId)).stream().map(SessionDto::from).toList();
    }

    @POST
    @LicensedOnly
    public Response log(@PathParam("pairingId") String pairingId, SessionRequest request) {
        SessionDto logged = SessionDto.from(core.sessions().log(Id.parse(pairingId), request.toForm()));
        return Response.status(Response.Status.CREATED).entity(logged).build();
    }
}
