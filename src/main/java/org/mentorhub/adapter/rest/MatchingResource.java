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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /programs/{programId}/matching}: a program manager runs the administrative matching and reviews its
 * proposals (lock, unlock, reject, approve, exclude a pair); a mentee asks for suggestions. Every score comes with
 * its explanation. The {@link org.mentorhub.service.MatchingService} decides who may do what.
 *
 * <p>A run answers when it is done (synchronously); it holds the program's pairing-places lock meanwhile.
 */
@Named
@Path("/programs/{programId}/matching")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MatchingResource {
    static final String LIMIT = "limit";
    static final int DEFAULT_LIMIT = 10;

    private final CoreServices core;
    private final RestErrors texts;

    @Inject
    public MatchingResource(CoreServices core, RestErrors texts) {
        this.core = core;
        this.texts = texts;
    }

    @POST
    @Path("/runs")
    @LicensedOnly
    public MatchingRunDto run(@PathParam("programId") String programId, MatchingRunForm form) {
        return MatchingRunDto.from(core.matching().run(Id.parse(programId), form.objective()));
    }

    @GET
    @Path("/proposals")
    @LicensedOnly
    public PageDto<ProposalDto> proposals(@PathParam("programId") String programId,
                                          @QueryParam(PageRequest.START_AT) String startAt,
                                          @QueryParam(PageRequest.MAX_RESULTS) String maxResults) {
        PageRequest page = PageRequest.fromQuery(startAt, maxResults);
        return PageDto.slice(page, core.matching().proposals(Id.parse(programId)), proposal -> ProposalDto.from(proposal, texts));
    }

    /** Keeps the proposal when the matching runs again. */
    @POST
    @Path("/proposals/{proposalId}/lock")
    @LicensedOnly
    public Response lock(@PathParam("programId") String programId, @PathParam("proposalId") String proposalId) {
        core.matching().lockProposal(Id.parse(programId), Id.parse(proposalId));
        return Response.noContent().build();
    }

    @POST
    @Path("/proposals/{proposalId}/unlock")
    @LicensedOnly
    public Response unlock(@PathParam("programId") String programId, @PathParam("proposalId") String proposalId) {
        core.matching().unlockProposal(Id.parse(programId), Id.parse(proposalId));
        return Response.noContent().build();
    }

    /** Retracts the proposal; its mentor and mentees are never matched again. */
    @POST
    @Path("/proposals/{proposalId}/reject")
    @LicensedOnly
    public PairingDto reject(@PathParam("programId") String programId, @PathParam("proposalId") String proposalId) {
        return PairingDto.from(core.matching().rejectProposal(Id.parse(programId), Id.parse(proposalId)));
    }

    /** All or none: each proposal becomes an accepted pairing if every one still fits. */
    @POST
    @Path("/proposals/approve")
    @LicensedOnly
    public List<PairingDto> approve(@PathParam("programId") String programId, ProposalApprovalForm form) {
        return core.matching().approveProposals(Id.parse(programId), form.proposalIds()).stream().map(PairingDto::from).toList();
    }

    @POST
    @Path("/exclusions")
    @LicensedOnly
    public Response exclude(@PathParam("programId") String programId, PairExclusionForm form) {
        core.matching().excludePair(Id.parse(programId), form.mentorKey(), form.menteeKey());
        return Response.noContent().build();
    }

    /** The calling mentee's best mentors, with explanations. */
    @GET
    @Path("/suggestions")
    @LicensedOnly
    public List<MentorSuggestionDto> suggestions(@PathParam("programId") String programId, @QueryParam(LIMIT) String limit) {
        return core.matching().suggestMentors(Id.parse(programId), PageRequest.wholeNumber(LIMIT, limit, DEFAULT_LIMIT)).stream()
            .map(suggestion -> MentorSuggestionDto.from(suggestion, texts))
            .toList();
    }
}
