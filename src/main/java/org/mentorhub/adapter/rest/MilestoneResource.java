package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/** {@code /milestones/{milestoneId}}: completing a milestone, for the pair's members; answers with the action plan. */
@Named
@Path("/milestones/{milestoneId}")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {
    private final CoreServices core;

    @Inject
    public MilestoneResource(CoreServices core) {
        this.core = core;
    }

    @POST
    @Path("/complete")
    @LicensedOnly
    public ActionPlanDto completeMilestone(@PathParam("milestoneId") String milestoneId) {
        return ActionPlanDto.from(core.progress().completeMilestone(Id.parse(milestoneId)));
    }
}
