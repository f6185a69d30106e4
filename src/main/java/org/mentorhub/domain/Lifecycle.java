package org.mentorhub.domain;

import java.util.Set;

/**
 * A status enum whose values form a state machine: each value names the statuses it may move to.
 * Keeping the table in the enum means every service asks the same question the same way.
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

    /** The statuses this one may move to; empty for a final status. */
    Set<S> successors();

    default boolean canMoveTo(S next) {
        return successors().contains(next);
    }

    default boolean isFinal() {
        return successors().isEmpty();
    }

    /** Returns {@code next} if the move is allowed, otherwise throws a {@link ConflictException}. */
    default S moveTo(S next) {
        if (!canMoveTo(next)) {
            throw new ConflictException("mentorhub.status.transitionNotAllowed", this, next);
        }
        return next;
    }
}
