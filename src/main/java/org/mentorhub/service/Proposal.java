package org.mentorhub.service;

import java.util.List;
import org.mentorhub.domain.Pairing;
import org.mentorhub.matching.Message;

/**
 * A proposed pairing as a program manager reviews it.
 *
 * @param locked   kept when the matching runs again
 * @param fits     one per mentee of the pairing, in the pairing's order
 * @param cohesion in group pairings, how similar the mentees' goals are ({@code mentorhub.match.reason.group});
 *                 {@code null} for a single mentee
 */
public record Proposal(Pairing pairing, boolean locked, List<MenteeFit> fits, Message cohesion) {
    public Proposal {
        fits = List.copyOf(fits);
    }
}
