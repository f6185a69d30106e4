package org.mentorhub.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.mentorhub.sandbox.ao.HostDatabase;

/**
 * The databases store tests run on, started once per test JVM and shared: an in-memory H2 and a real embedded
 * PostgreSQL. Tests isolate themselves by (re)creating the tables they use.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static HostDatabase h2() {
        return H2.DATABASE;
    }

    public static HostDatabase postgres() {
        return Postgres.DATABASE;
    }

    /** Both, named, for {@code @MethodSource("org.mentorhub.testing.TestDatabases#both")}. */
    public static Stream<Named<HostDatabase>> both() {
        return Stream.of(Named.of("H2", h2()), Named.of("PostgreSQL", postgres()));
    }

    // Holder classes: each database starts on first use only, and stops when the JVM exits.
    private static final class H2 {
        static final HostDatabase DATABASE = closedAtExit(HostDatabase.h2InMemory("mentorhub-tests"));
    }

    private static final class Postgres {
        static final HostDatabase DATABASE = closedAtExit(HostDatabase.embeddedPostgres(null));
    }

    private static HostDatabase closedAtExit(HostDatabase database) {
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "close-test-database"));
        return database;
    }
}
