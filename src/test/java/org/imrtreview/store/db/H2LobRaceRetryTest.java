package org.imrtreview.store.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The full suite of 786a9b9 failed once in {@code twentyClientsOnOneWorklistLoseNothing}: one client's load of
 * a case failed with H2's "General error: NullPointerException: Cannot read field streamStoreId" — H2's race
 * between reading a row's large object (the review state) and another client's update of that row (h2database
 * issues 1808 / 3445). Nothing was read or written, so the store runs the transaction again, like a deadlock.
 */
class H2LobRaceRetryTest {

    private static SQLException generalError(Throwable cause) {
        return new SQLException("General error: \"" + cause + "\"; SQL statement:\n"
                + "SELECT state_json, version FROM review_case WHERE case_key = ? [50000-232]", "HY000", 50000, cause);
    }

    private static NullPointerException thrownAt(String className, String method) {
        NullPointerException npe = new NullPointerException("Cannot read field \"streamStoreId\" because \"<local11>\" is null");
        npe.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(className, method, className.substring(className.lastIndexOf('.') + 1) + ".java", 282),
            new StackTraceElement("org.h2.value.ValueLob", "copyToResult", "ValueLob.java", 291),
        });
        return npe;
    }

    @Test
    void theLobRaceIsRunAgainLikeADeadlock() {
        assertTrue(TeamStore.retryable(generalError(thrownAt("org.h2.mvstore.db.LobStorageMap", "copyLob"))));
    }

    @Test
    void anyOtherGeneralErrorIsReportedNotRetried() {
        assertFalse(TeamStore.retryable(generalError(thrownAt("org.h2.command.query.Select", "queryFlat"))));
        assertFalse(TeamStore.retryable(generalError(new IllegalStateException("file corrupted"))));
        assertFalse(TeamStore.retryable(new SQLException("value too long", "22001", 22001)));
    }

    @Test
    void collisionsStillRetryAsBefore() {
        assertTrue(TeamStore.retryable(new SQLException("deadlock", "40001", 40001)));
        assertTrue(TeamStore.retryable(new SQLException("lock timeout", "HYT00", 50200)));
    }
}
