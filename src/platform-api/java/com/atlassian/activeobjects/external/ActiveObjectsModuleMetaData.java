// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a public source copy and a CFR-decompiled copy of
// com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData (AO plugin 1.x-3.x line, "@since 0.24";
// awaitInitialization(long, TimeUnit) "@since 0.26"), and
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/class-use/ActiveObjectsModuleMetaData.html
// (returned by ActiveObjects.moduleMetaData(), AO plugin 2.0.1).
package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.java.ao.RawEntity;

public interface ActiveObjectsModuleMetaData {
    /** Blocks until the AO schema is initialised. Must not be called from an upgrade task. */
    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
