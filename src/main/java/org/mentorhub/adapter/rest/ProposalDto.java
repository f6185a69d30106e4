package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.service.MenteeFit;
import org.mentorhub.service.Proposal;

/** A matching proposal as a program manager reviews it: the pairing, its lock, each mentee's fit and, in groups, the cohesion. */
public record ProposalDto(PairingDto pairing, boolean locked, List<FitDto> fits, MessageDto cohesion) {

    public record FitDto(String mentee, ExplanationDto explanation) {
    }

    public static ProposalDto from(Proposal proposal, RestErrors texts) {
        return new ProposalDto(PairingDto.from(proposal.pairing()), proposal.locked(),
                proposal.fits().stream().map(fit -> fit(fit, texts)).toList(), MessageDto.from(proposal.cohesion(), texts));
    }

    private static FitDto fit(MenteeFit fit, RestErrors texts) {
        return new FitDto(fit.mentee().value(), ExplanationDto.from(fit.explanation(), texts));
    }
}
