package org.imrtreview.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Decisions 0472 / 0473 on PostgreSQL: a store of the release before (V1..V4) opens at V6 — V5 changes nothing
 * there (TEXT is no large object), V6 fills the physician's step in from the trail — and loses nothing. Run when
 * IMRT_TEST_PG_URL names a server, in a database of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "IMRT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresStoreMigrationTest extends H2StoreWithoutLobsMigrationTest {
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private String database;
    private String url;

    @Override
    String url() throws SQLException {
        if (url == null) {
            String admin = System.getenv("IMRT_TEST_PG_URL");
            Matcher m = DATABASE.matcher(admin);
            if (!m.matches()) {
                throw new IllegalStateException("IMRT_TEST_PG_URL is not jdbc:postgresql://host:port/database[?...]");
            }
            database = "imrt_m_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            url = m.group(1) + database + m.group(3);
        }
        return url;
    }

    @Override
    boolean h2() {
        return false;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            try (Connection c = DriverManager.getConnection(System.getenv("IMRT_TEST_PG_URL")); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
