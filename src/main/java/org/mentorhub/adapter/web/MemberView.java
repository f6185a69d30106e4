package org.mentorhub.adapter.web;

/** A member of a pairing: name, role (MENTOR or MENTEE) and whether they accepted the current agreement. */
public record MemberView(String key, String name, String role, boolean acceptedAgreement) {
}
