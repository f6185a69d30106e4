package org.mentorhub.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingProgress;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.UserKey;

/**
 * Where a pairing stands, for program reports: only what they need of the pairing (no match explanation, no
 * agreement texts), with its stored progress, so that a program's ten thousand pairings read in one narrow pass.
 *
 * @param agreedCadence the agreement's meeting cadence; {@code null} without an agreement
 */
public record PairingStanding(Id<Pairing> id, PairingStatus status, UserKey mentor, List<UserKey> mentees, LocalDate startDate,
                              Period agreedCadence, Instant createdAt, PairingProgress progress) {

    public PairingStanding {
        mentees = List.copyOf(mentees);
    }

    /** As {@link Pairing#checkInCadence}: what the pair agreed, else what the program expects. */
    public Period checkInCadence(Period programCadence) {
        return Pairing.checkInCadence(agreedCadence, programCadence);
    }
}
