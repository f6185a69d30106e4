package org.mentorhub.service;

import org.mentorhub.port.DatabaseStatus;

/** What the health check reports: the running plugin version and its database. */
public record Health(String version, DatabaseStatus database) {

    /** Healthy when the database is usable; a starting or missing database is not. */
    public boolean healthy() {
        return database.state() == DatabaseStatus.State.UP;
    }
}
