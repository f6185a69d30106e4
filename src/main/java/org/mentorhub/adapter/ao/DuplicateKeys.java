package org.mentorhub.adapter.ao;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.mentorhub.domain.ConflictException;

/**
 * Turns a unique-constraint violation into the core's {@link ConflictException}. Stores check for an existing row
 * first; the unique column is the backstop for two transactions that both found none. On PostgreSQL the failed
 * statement also ends the transaction, which the conflict then rolls back.
 */
final class DuplicateKeys {
    /** SQLSTATE of a unique violation in the SQL standard, PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Oracle, MySQL and SQL Server report the generic integrity class 23000 with these vendor codes. */
    private static final String INTEGRITY_VIOLATION = "23000";
    private static final Set<Integer> VENDOR_UNIQUE_VIOLATIONS = Set.of(1, 1062, 2601, 2627);

    private DuplicateKeys() {
    }

    /** Runs {@code insert}; if it breaks a unique constraint, throws {@code conflict} instead. */
    static void insertOnce(Runnable insert, Supplier<ConflictException> conflict) {
        try {
            insert.run();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                || INTEGRITY_VIOLATION.equals(sql.getSQLState()) && VENDOR_UNIQUE_VIOLATIONS.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
