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
 * {@code /goals/{goalId}}: adding milestones to a goal and completing it, for the pair's members. Completing
 * answers with the whole action plan, so a client sees at once whether the plan is complete.
 */
@Named
@Path("/goals/{goalId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {
    private final CoreServices core;

    @Inject
    public GoalResource(CoreServices core) {
        this.core = core;
    }

    @POST
    @Path("/milestones")
    @LicensedOnly
    public Response addMilestone(@PathParam("goalId") String goalId, MilestoneForm form) {
        MilestoneDto milestone = MilestoneDto.from(core.progress().addMilestone(Id.parse(goalId), form.title(),
                form.dueDate()));
        return Response.status(Response.Status.CREATED).entity(milestone).build();
    }

    /** 409 while the goal has open milestones or is already done. */
    @POST
    @Path("/complete")
    @LicensedOnly
    public ActionPlanDto completeGoal(@PathParam("goalId") String goalId) {
        return ActionPlanDto.from(core.progress().completeGoal(Id.parse(goalId)));
    }
}
