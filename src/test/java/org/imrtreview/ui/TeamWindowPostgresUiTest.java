package org.imrtreview.ui;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.store.db.TeamDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window on the shared store, on the PostgreSQL server IMRT_TEST_PG_URL names (a database of its own). */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "IMRT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class TeamWindowPostgresUiTest extends TeamWindowUiContract {
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");
    private String database;

    @Override
    TeamDatabase openFresh() throws Exception {
        String admin = System.getenv("IMRT_TEST_PG_URL");
        Matcher m = DATABASE.matcher(admin);
        if (!m.matches()) {
            throw new IllegalStateException("IMRT_TEST_PG_URL is not jdbc:postgresql://host:port/database[?...]");
        }
        database = "imrt_ui_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return TeamDatabase.forArgument(m.group(1) + database + m.group(3));
    }

    @Override
    void dropFresh() throws Exception {
        if (database != null) {
            try (Connection c = DriverManager.getConnection(System.getenv("IMRT_TEST_PG_URL")); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
