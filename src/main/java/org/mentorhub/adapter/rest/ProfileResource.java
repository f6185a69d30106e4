package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /programs/{programId}/profile}: the caller's own profile in a program. A root resource of its own,
 * because JAX-RS picks one root class per request and {@code /programs/{programId}} would shadow
 * {@link ProgramResource}'s sub-paths.
 */
@Named
@Path("/programs/{programId}/profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final CoreServices core;

    @Inject
    public ProfileResource(CoreServices core) {
        this.core = core;
    }

    /** The caller replaces their own profile; only participants may (403 otherwise). */
    @PUT
    @LicensedOnly
    public ParticipantDto updateMine(@PathParam("programId") String programId, ProfileDto profile) {
        return ParticipantDto.from(core.enrollment().updateProfile(Id.parse(programId), profile.toDomain()));
    }
}
