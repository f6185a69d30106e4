package org.mentorhub.adapter.rest;

import org.mentorhub.domain.UserKey;

/** The body of excluding a pair from matching: the mentor's and the mentee's user keys. */
public record PairExclusionForm(String mentor, String mentee) {

    public UserKey mentorKey() {
        return MentorRequestForm.userKey("mentor", mentor);
    }

    public UserKey menteeKey() {
        return MentorRequestForm.userKey("mentee", mentee);
    }
}
