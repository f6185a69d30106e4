package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import org.mentorhub.testing.TestDatabases;

class PostgresHostActiveObjectsTest extends HostActiveObjectsContract {

    @Override
    HostDatabase database() {
        return TestDatabases.postgres();
    }

    @Override
    DatabaseType expectedType() {
        return DatabaseType.POSTGRESQL;
    }
}
