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
 * {@code /pairings/{pairingId}/action-plan}: the pair's goals and milestones. Pair members change the plan while
 * the pairing is accepted or active; they and the program's managers read it ({@link org.mentorhub.service.ProgressService}).
 */
@Named
@Path("/pairings/{pairingId}/action-plan")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {
    private final CoreServices core;

    @Inject
    public ActionPlanResource(CoreServices core) {
        this.core = core;
    }

    @GET
    @LicensedOnly
    public ActionPlanDto get(@PathParam("pairingId") String pairingId) {
        return ActionPlanDto.from(core.progress().actionPlan(Id.parse(pairingId)));
    }

    @POST
    @Path("/goals")
    @LicensedOnly
    public Response addGoal(@PathParam("pairingId") String pairingId, GoalForm form) {
        GoalDto goal = GoalDto.from(core.progress().addGoal(Id.parse(pairingId), form.title(), form.description(),
                form.dueDate()), List.of());
        return Response.status(Response.Status.CREATED).entity(goal).build();
    }
}
