package org.mentorhub.adapter.rest;

import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.UserKey;

/** The body of a nomination: who (user key), for which role, and why. */
public record NominationForm(String nominee, ParticipantRole role, String reason) {

    public UserKey nomineeKey() {
        return MentorRequestForm.userKey("nominee", nominee);
    }
}
