package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.port.DatabaseStatus;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AoDatabaseProbeTest {
    @Mock
    ActiveObjects activeObjects;
    @Mock
    ActiveObjectsModuleMetaData metaData;

    @BeforeEach
    void metaData() {
        when(activeObjects.moduleMetaData()).thenReturn(metaData);
    }

    @Test
    void upWithTheProductOnceInitialised() {
        when(metaData.isDataSourcePresent()).thenReturn(true);
        when(metaData.isInitialized()).thenReturn(true);
        when(metaData.getDatabaseType()).thenReturn(DatabaseType.MS_SQL);

        assertThat(new AoDatabaseProbe(activeObjects).probe())
            .isEqualTo(new DatabaseStatus(DatabaseStatus.State.UP, "MS_SQL"));
    }

    @Test
    void startingWhileTheSchemaIsBeingBuilt() {
        when(metaData.isDataSourcePresent()).thenReturn(true);
        when(metaData.isInitialized()).thenReturn(false);
        when(metaData.getDatabaseType()).thenReturn(DatabaseType.ORACLE);

        assertThat(new AoDatabaseProbe(activeObjects).probe().state()).isEqualTo(DatabaseStatus.State.STARTING);
    }

    @Test
    void downWithoutADataSourceAndNeverAsksForItsType() {
        when(metaData.isDataSourcePresent()).thenReturn(false);

        assertThat(new AoDatabaseProbe(activeObjects).probe())
            .isEqualTo(new DatabaseStatus(DatabaseStatus.State.DOWN, "UNKNOWN"));
        verify(metaData, never()).getDatabaseType();
    }
}
