package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code /pairings/{pairingId}}: one pairing, the mentor's answer, and the agreement ("handshake"). Who may do
 * what is the {@link org.mentorhub.service.PairingService}'s decision.
 */
@Named
@Path("/pairings/{pairingId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {
    private final CoreServices core;

    @Inject
    public PairingResource(CoreServices core) {
        this.core = core;
    }

    @GET
    @LicensedOnly
    public PairingDto get(@PathParam("pairingId") String pairingId) {
        return PairingDto.from(core.pairings().view(Id.parse(pairingId)));
    }

    /** The mentor accepts, if they still have room (409 otherwise). */
    @POST
    @Path("/accept")
    @LicensedOnly
    public PairingDto accept(@PathParam("pairingId") String pairingId) {
        return PairingDto.from(core.pairings().accept(Id.parse(pairingId)));
    }

    @POST
    @Path("/decline")
    @LicensedOnly
    public PairingDto decline(@PathParam("pairingId") String pairingId) {
        return PairingDto.from(core.pairings().decline(Id.parse(pairingId)));
    }

    /** Sets or renegotiates the terms; every member must accept them again. */
    @PUT
    @Path("/agreement")
    @LicensedOnly
    public PairingDto setAgreement(@PathParam("pairingId") String pairingId, AgreementForm form) {
        return PairingDto.from(core.pairings().setAgreement(Id.parse(pairingId), form.toTerms()));
    }

    /** A program manager links the pair to the Jira issue that stands for it, or unlinks it. */
    @PUT
    @Path("/issue")
    @LicensedOnly
    public PairingDto linkIssue(@PathParam("pairingId") String pairingId, PairingIssueForm form) {
        return PairingDto.from(core.pairings().linkIssue(Id.parse(pairingId), form.toIssueKey()));
    }

    /** The caller accepts the agreement; the last acceptance starts the pairing. */
    @POST
    @Path("/agreement/accept")
    @LicensedOnly
    public PairingDto acceptAgreement(@PathParam("pairingId") String pairingId) {
        return PairingDto.from(core.pairings().acceptAgreement(Id.parse(pairingId)));
    }

    /** The mentor or a program manager marks the pairing completed; its final survey opens. */
    @POST
    @Path("/complete")
    @LicensedOnly
    public PairingDto complete(@PathParam("pairingId") String pairingId) {
        return PairingDto.from(core.pairings().complete(Id.parse(pairingId)));
    }

    /** A member or a program manager ends the pairing before its time; its final survey opens. */
    @POST
    @Path("/end-early")
    @LicensedOnly
    public PairingDto endEarly(@PathParam("pairingId") String pairingId) {
        return PairingDto.from(core.pairings().endEarly(Id.parse(pairingId)));
    }
}
