package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/** {@code /programs/{programId}/experts}: "who can help me with this topic?" in a just-in-time program, with explanations. */
@Named
@Path("/programs/{programId}/experts")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {
    private final CoreServices core;
    private final RestErrors texts;

    @Inject
    public ExpertResource(CoreServices core, RestErrors texts) {
        this.core = core;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    public List<MentorSuggestionDto> find(@PathParam("programId") String programId, @QueryParam("topic") String topic,
                                          @QueryParam(MatchingResource.LIMIT) String limit) {
        int most = PageRequest.wholeNumber(MatchingResource.LIMIT, limit, MatchingResource.DEFAULT_LIMIT);
        return core.matching().findExperts(Id.parse(programId), topic, most).stream()
            .map(expert -> MentorSuggestionDto.from(expert, texts))
            .toList();
    }
}
