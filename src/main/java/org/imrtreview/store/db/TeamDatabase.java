package org.imrtreview.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The team store's database: an embedded H2 file in the workspace ({@code <workspace>/.imrt-team/team},
 * opened with AUTO_SERVER so a few workstations on the same share can use it at once) or a team's
 * PostgreSQL server named by its JDBC URL. Opening migrates the schema (Flyway, V1..Vn per engine) and
 * keeps a small connection pool (HikariCP). Decision 0210.
 */
public final class TeamDatabase implements AutoCloseable {
    /** The folder in a workspace that holds the embedded database. */
    public static final String FOLDER = ".imrt-team";

    public enum Engine {
        H2("h2"), POSTGRESQL("postgresql");

        private final String migrations;

        Engine(String migrations) {
            this.migrations = migrations;
        }
    }

    private final HikariDataSource pool;
    private final Engine engine;
    private final String description;

    private TeamDatabase(HikariDataSource pool, Engine engine, String description) {
        this.pool = pool;
        this.engine = engine;
        this.description = description;
    }

    /** The embedded database of a workspace, created on first use. */
    public static TeamDatabase embedded(Path workspace) {
        Path folder = workspace.toAbsolutePath().normalize().resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new TeamStoreException("The team database folder " + folder + " could not be created ("
                    + e.getClass().getSimpleName() + "). Check that the workspace is writable.");
        }
        String url = "jdbc:h2:file:" + folder.resolve("team") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
        return open(url, folder.toString());
    }

    /**
     * A database named on the command line or in settings: a {@code jdbc:postgresql://} or
     * {@code jdbc:h2:} URL, or a workspace folder (its embedded database). User and password of a
     * PostgreSQL URL come from the URL or from IMRT_DB_USER / IMRT_DB_PASSWORD.
     */
    public static TeamDatabase forArgument(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new TeamStoreException("No team database given.");
        }
        String a = argument.strip();
        if (a.startsWith("jdbc:")) {
            return open(a, redacted(a));
        }
        Path folder = Path.of(a);
        if (!Files.isDirectory(folder)) {
            throw new TeamStoreException("The team database \"" + a + "\" is neither a jdbc:postgresql:// or jdbc:h2: URL"
                    + " nor a workspace folder.");
        }
        return embedded(folder);
    }

    static TeamDatabase open(String url, String description) {
        return open(url, description, null);
    }

    /**
     * {@code target}: the schema version to migrate to (tests make a store of an older release with it:
     * the migrations up to it are that release's DDL); null for the latest.
     */
    static TeamDatabase open(String url, String description, String target) {
        Engine engine;
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            engine = Engine.POSTGRESQL;
        } else if (lower.startsWith("jdbc:h2:")) {
            engine = Engine.H2;
        } else {
            throw new TeamStoreException("The team database URL must start with jdbc:postgresql: or jdbc:h2: (was "
                    + redacted(url) + ").");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("imrt-team");
        config.setMaximumPoolSize(engine == Engine.H2 ? 4 : 6);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(15_000);
        if (engine == Engine.POSTGRESQL) {
            String user = System.getenv("IMRT_DB_USER");
            String password = System.getenv("IMRT_DB_PASSWORD");
            if (user != null && !lower.contains("user=")) {
                config.setUsername(user);
            }
            if (password != null && !lower.contains("password=")) {
                config.setPassword(password);
            }
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new TeamStoreException("The team database " + description + " could not be opened: " + rootMessage(e), e);
        }
        try {
            var flyway = Flyway.configure().dataSource(pool)
                    .locations("classpath:org/imrtreview/store/db/migration/" + engine.migrations);
            if (target != null) {
                flyway.target(target);
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new TeamStoreException("The team database " + description + " could not be brought up to date: "
                    + rootMessage(e), e);
        }
        return new TeamDatabase(pool, engine, description);
    }

    public Engine engine() {
        return engine;
    }

    /** Where the database is, for messages: the folder, or the URL without its password. */
    public String description() {
        return description;
    }

    public DataSource dataSource() {
        return pool;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The URL for messages and logs: any password in it replaced. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
