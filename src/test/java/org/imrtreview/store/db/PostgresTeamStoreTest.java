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
 * The team store contract on a real PostgreSQL server: the one named by IMRT_TEST_PG_URL (`.ci/run`
 * starts one with `.ci/postgres.sh`). Each test gets a database of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "IMRT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresTeamStoreTest extends TeamStoreContract {
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private String adminUrl;
    private String database;
    private String url;

    @Override
    TeamDatabase openFresh() throws SQLException {
        adminUrl = System.getenv("IMRT_TEST_PG_URL");
        Matcher m = DATABASE.matcher(adminUrl);
        if (!m.matches()) {
            throw new IllegalStateException("IMRT_TEST_PG_URL is not jdbc:postgresql://host:port/database[?...]");
        }
        database = "imrt_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        url = m.group(1) + database + m.group(3);
        return TeamDatabase.forArgument(url);
    }

    @Override
    String argumentForOtherProcess() {
        return url;
    }

    @Override
    void tamper(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            s.execute(sql);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
            db = null;
        }
        if (database != null) {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
