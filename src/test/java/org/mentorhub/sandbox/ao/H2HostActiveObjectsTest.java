package org.mentorhub.sandbox.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import org.mentorhub.testing.TestDatabases;

class H2HostActiveObjectsTest extends HostActiveObjectsContract {

    @Override
    HostDatabase database() {
        return TestDatabases.h2();
    }

    @Override
    DatabaseType expectedType() {
        return DatabaseType.H2;
    }
}
