package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;

/** The body of approving proposals: their ids. */
public record ProposalApprovalForm(List<String> proposals) {

    /**
     * The ids; {@code null} when none were sent, which the service reports as a missing field. An id that is not one
     * is a bad body (400 on {@code proposals}), not an unknown proposal.
     */
    public List<Id<Pairing>> proposalIds() {
        if (proposals == null) {
            return null;
        }
        try {
            return proposals.stream().map(Id::<Pairing>parse).toList();
        } catch (NotFoundException malformed) {
            FieldErrors.builder().add("proposals", "mentorhub.validation.format").throwIfAny();
            throw malformed;
        }
    }
}
