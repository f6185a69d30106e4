package org.mentorhub.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.port.DatabaseProbe;
import org.mentorhub.port.DatabaseStatus;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class HealthServiceTest {
    @Mock
    DatabaseProbe probe;

    @Test
    void isHealthyWhenTheDatabaseIsUp() {
        when(probe.probe()).thenReturn(new DatabaseStatus(DatabaseStatus.State.UP, "POSTGRESQL"));

        Health health = new HealthService(probe, "1.2.3").check();

        assertThat(health.version()).isEqualTo("1.2.3");
        assertThat(health.database().product()).isEqualTo("POSTGRESQL");
        assertThat(health.healthy()).isTrue();
    }

    @Test
    void isNotHealthyWhileTheDatabaseStartsOrIsMissing() {
        when(probe.probe()).thenReturn(new DatabaseStatus(DatabaseStatus.State.STARTING, "H2"),
            new DatabaseStatus(DatabaseStatus.State.DOWN, "UNKNOWN"));
        HealthService service = new HealthService(probe, "1.2.3");

        assertThat(service.check().healthy()).isFalse();
        assertThat(service.check().healthy()).isFalse();
    }
}
