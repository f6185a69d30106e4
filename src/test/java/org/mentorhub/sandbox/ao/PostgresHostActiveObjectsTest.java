package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresHostActiveObjectsTest extends HostActiveObjectsContract {
    private static HostDatabase database;

    @BeforeAll
    static void start() {
        database = HostDatabase.embeddedPostgres(null);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    HostDatabase database() {
        return database;
    }

    @Override
    DatabaseType expectedType() {
        return DatabaseType.POSTGRESQL;
    }
}
