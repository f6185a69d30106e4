package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void recognisesUniqueViolationsOfEverySupportedDatabaseAnywhereInTheCauses() {
        assertThat(DuplicateKeys.isUniqueViolation(wrapped(new SQLException("PostgreSQL, H2", "23505")))).isTrue();
        assertThat(DuplicateKeys.isUniqueViolation(wrapped(new SQLException("ORA-00001", "23000", 1)))).isTrue();
        assertThat(DuplicateKeys.isUniqueViolation(wrapped(new SQLException("MySQL", "23000", 1062)))).isTrue();
        assertThat(DuplicateKeys.isUniqueViolation(wrapped(new SQLException("SQL Server", "23000", 2627)))).isTrue();
    }

    @Test
    void otherIntegrityViolationsAndFailuresAreNotDuplicates() {
        assertThat(DuplicateKeys.isUniqueViolation(wrapped(new SQLException("not null", "23502")))).isFalse();
        assertThat(DuplicateKeys.isUniqueViolation(wrapped(new SQLException("MySQL foreign key", "23000", 1452)))).isFalse();
        assertThat(DuplicateKeys.isUniqueViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new ActiveObjectsException(new IllegalStateException(cause));
    }
}
