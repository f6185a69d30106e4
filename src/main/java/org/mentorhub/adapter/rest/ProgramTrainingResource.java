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
 * {@code /programs/{programId}/training}: the program's managers add training materials; managers see all of them,
 * participants those meant for their roles, each with the caller's completion.
 */
@Named
@Path("/programs/{programId}/training")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramTrainingResource {
    private final CoreServices core;

    @Inject
    public ProgramTrainingResource(CoreServices core) {
        this.core = core;
    }

    @POST
    @LicensedOnly
    public Response add(@PathParam("programId") String programId, TrainingForm form) {
        TrainingDto material = TrainingDto.from(core.training().addMaterial(Id.parse(programId), form.title(), form.location(),
            form.audience(), Boolean.TRUE.equals(form.required())));
        return Response.status(Response.Status.CREATED).entity(material).build();
    }

    /** By title; programs have few materials, so the list is not paged. */
    @GET
    @LicensedOnly
    public List<TrainingDto> list(@PathParam("programId") String programId) {
        return core.training().materials(Id.parse(programId)).stream().map(TrainingDto::from).toList();
    }
}
