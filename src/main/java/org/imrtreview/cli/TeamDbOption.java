package org.imrtreview.cli;

import java.io.PrintWriter;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.db.TeamStoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of the team-store commands (docs/team.md): a JDBC URL or a workspace folder. */
final class TeamDbOption {
    @Option(names = "--db", required = true, paramLabel = "URL|WORKSPACE",
            description = "The team database: jdbc:postgresql://host:port/db (user and password in the URL or in"
                    + " IMRT_DB_USER / IMRT_DB_PASSWORD), or a workspace folder (its embedded database).")
    String db;

    /** Opens the database, or prints why not and returns null. */
    TeamDatabase open(PrintWriter err) {
        try {
            return TeamDatabase.forArgument(db);
        } catch (TeamStoreException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /**
     * The store as this login. An embedded database nobody has set up makes its first user nurse and
     * lead (the one-desk workstation keeps working); a PostgreSQL one is set up with {@code db reviewer-add}.
     */
    static TeamStore store(TeamDatabase database) {
        String user = System.getProperty("user.name", "unknown");
        TeamStore store = new TeamStore(database, user);
        if (database.engine() == TeamDatabase.Engine.H2) {
            store.bootstrapIfEmpty(user);
        }
        return store;
    }
}
