package org.mentorhub.domain;

import java.util.Set;

/**
 * A pairing starts as a manager's proposal or a mentee's request; the mentor accepts or declines; it
 * becomes active once everyone accepted the agreement ("handshake"), and ends completed or early.
 */
public enum PairingStatus implements Lifecycle<PairingStatus> {
    PROPOSED, REQUESTED, ACCEPTED, DECLINED, ACTIVE, COMPLETED, ENDED_EARLY;

    @Override
    public Set<PairingStatus> successors() {
        return switch (this) {
            case PROPOSED, REQUESTED -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(ACTIVE, ENDED_EARLY);
            case ACTIVE -> Set.of(COMPLETED, ENDED_EARLY);
            case DECLINED, COMPLETED, ENDED_EARLY -> Set.of();
        };
    }

    /** Waiting for the mentor's answer. */
    public boolean isPending() {
        return this == PROPOSED || this == REQUESTED;
    }

    /** The mentor (or the program manager, for them) said yes: the people are a pair, running or finished. */
    public boolean isPair() {
        return this == ACCEPTED || this == ACTIVE || this == COMPLETED || this == ENDED_EARLY;
    }

    /** Counts against the mentor's capacity. */
    public boolean holdsCapacity() {
        return this == ACCEPTED || this == ACTIVE;
    }
}
