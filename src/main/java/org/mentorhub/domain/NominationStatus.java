package org.mentorhub.domain;

import java.util.Set;

/** A nomination waits for the nominee's answer; the nominator may withdraw it meanwhile. */
public enum NominationStatus implements Lifecycle<NominationStatus> {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN;

    @Override
    public Set<NominationStatus> successors() {
        return this == PENDING ? Set.of(ACCEPTED, DECLINED, WITHDRAWN) : Set.of();
    }
}
