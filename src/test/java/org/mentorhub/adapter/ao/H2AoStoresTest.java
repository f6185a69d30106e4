package org.mentorhub.adapter.ao;

import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.testing.TestDatabases;

/** The store contracts on H2 1.4.200, Jira's evaluation database. */
class H2AoStoresTest extends AoStoreContracts {

    @Override
    HostDatabase database() {
        return TestDatabases.h2();
    }
}
