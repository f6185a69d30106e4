package org.mentorhub.domain;

import java.util.Set;

/** Where a program is in its life; a program may be closed from any status, and reopened for enrollment while matching. */
public enum ProgramStatus implements Lifecycle<ProgramStatus> {
    DRAFT, ENROLLING, MATCHING, RUNNING, CLOSED;

    @Override
    public Set<ProgramStatus> successors() {
        return switch (this) {
            case DRAFT -> Set.of(ENROLLING, CLOSED);
            case ENROLLING -> Set.of(MATCHING, CLOSED);
            case MATCHING -> Set.of(ENROLLING, RUNNING, CLOSED);
            case RUNNING -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }
}
