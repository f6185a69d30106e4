package org.mentorhub.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.port.DatabaseProbe;
import org.mentorhub.port.DatabaseStatus;

/** Reads the database state from Active Objects' module metadata, without touching any table. */
@Named
public class AoDatabaseProbe implements DatabaseProbe {
    private final ActiveObjects activeObjects;

    @Inject
    public AoDatabaseProbe(@ComponentImport ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public DatabaseStatus probe() {
        ActiveObjectsModuleMetaData metaData = activeObjects.moduleMetaData();
        if (!metaData.isDataSourcePresent()) {
            // getDatabaseType() throws without a data source.
            return new DatabaseStatus(DatabaseStatus.State.DOWN, "UNKNOWN");
        }
        DatabaseStatus.State state = metaData.isInitialized() ? DatabaseStatus.State.UP : DatabaseStatus.State.STARTING;
        return new DatabaseStatus(state, metaData.getDatabaseType().name());
    }
}
