package org.mentorhub.service;

import java.util.Objects;
import org.mentorhub.port.DatabaseProbe;

/** Reports whether MentorHub can serve requests; anyone may ask (it reveals no user data). */
public final class HealthService {
    private final DatabaseProbe database;
    private final String version;

    public HealthService(DatabaseProbe database, String version) {
        this.database = Objects.requireNonNull(database, "database");
        this.version = Objects.requireNonNull(version, "version");
    }

    public Health check() {
        return new Health(version, database.probe());
    }
}
