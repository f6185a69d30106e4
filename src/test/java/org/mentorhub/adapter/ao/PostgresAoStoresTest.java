package org.mentorhub.adapter.ao;

import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.testing.TestDatabases;

/** The store contracts on a real PostgreSQL server. */
class PostgresAoStoresTest extends AoStoreContracts {

    @Override
    HostDatabase database() {
        return TestDatabases.postgres();
    }
}
