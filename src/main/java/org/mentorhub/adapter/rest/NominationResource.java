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
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /nominations/{nominationId}}: the nominee accepts (enrolling with consent and profile, as when opting in)
 * or declines; the nominator or a program manager withdraws.
 */
@Named
@Path("/nominations/{nominationId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource {
    private final CoreServices core;

    @Inject
    public NominationResource(CoreServices core) {
        this.core = core;
    }

    /** Accepting is enrolling: the body is the enrollment form; the nominated role is added to its roles. */
    @POST
    @Path("/accept")
    @LicensedOnly
    public ParticipantDto accept(@PathParam("nominationId") String nominationId, EnrollmentRequest request) {
        return ParticipantDto.from(core.nominations().accept(Id.parse(nominationId), request.toForm()));
    }

    @POST
    @Path("/decline")
    @LicensedOnly
    public NominationDto decline(@PathParam("nominationId") String nominationId) {
        return NominationDto.from(core.nominations().decline(Id.parse(nominationId)));
    }

    @POST
    @Path("/withdraw")
    @LicensedOnly
    public NominationDto withdraw(@PathParam("nominationId") String nominationId) {
        return NominationDto.from(core.nominations().withdraw(Id.parse(nominationId)));
    }
}
