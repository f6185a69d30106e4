package org.mentorhub.adapter.rest;

import java.util.List;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.UserKey;

/** The body of a manager's proposal: a mentor and (several only in group programs) mentees, as user keys. */
public record PairingProposalForm(String mentor, List<String> mentees) {

    public UserKey mentorKey() {
        return MentorRequestForm.userKey("mentor", mentor);
    }

    public List<UserKey> menteeKeys() {
        FieldErrors.builder().check(mentees != null && !mentees.isEmpty(), "mentees", "mentorhub.validation.required")
                .throwIfAny();
        return mentees.stream().map(mentee -> MentorRequestForm.userKey("mentees", mentee)).toList();
    }
}
