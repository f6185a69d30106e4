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

/** {@code /training/{materialId}}: a participant the material is meant for records completing it (again: no change). */
@Named
@Path("/training/{materialId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {
    private final CoreServices core;

    @Inject
    public TrainingResource(CoreServices core) {
        this.core = core;
    }

    @POST
    @Path("/complete")
    @LicensedOnly
    public TrainingCompletionDto complete(@PathParam("materialId") String materialId) {
        return TrainingCompletionDto.from(core.training().complete(Id.parse(materialId)));
    }
}
