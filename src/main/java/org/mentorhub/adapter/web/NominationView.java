package org.mentorhub.adapter.web;

/**
 * A nomination as the nominations page lists it.
 *
 * @param program     the program's name (a generic text when the viewer may not see the program)
 * @param answerable  pending and for the viewer: they may accept or decline
 * @param withdrawable pending and made by the viewer or in a program they manage
 */
public record NominationView(String id, String programId, String program, String nominee, String nominator, String role,
                             String reason, String status, String statusClass, boolean answerable, boolean withdrawable) {
}
