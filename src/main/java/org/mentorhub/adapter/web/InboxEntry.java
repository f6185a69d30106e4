package org.mentorhub.adapter.web;

import java.util.List;

/** A request or proposal waiting for the mentor's answer, with the profiles of the mentees it is about. */
public record InboxEntry(PairingRow pairing, List<ProfileSummary> mentees) {
    public InboxEntry {
        mentees = List.copyOf(mentees);
    }
}
