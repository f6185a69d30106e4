package org.mentorhub.port;

import java.util.Objects;

/**
 * The state of MentorHub's database as seen by the host.
 *
 * @param state whether the schema is ready to use
 * @param product the database product the host uses, e.g. {@code POSTGRESQL}; {@code UNKNOWN} when there is none
 */
public record DatabaseStatus(State state, String product) {

    public enum State { UP, STARTING, DOWN }

    public DatabaseStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(product, "product");
    }
}
