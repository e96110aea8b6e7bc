package org.imrtreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.db.TeamStoreException;
import picocli.CommandLine.Model.CommandSpec;
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

    /** What a team-store command does with the store open: prints to {@code out} and returns its exit code. */
    @FunctionalInterface
    interface StoreWork {
        int run(TeamStore store, PrintWriter out) throws IOException;
    }

    /**
     * Opens the store as this login, does the work and closes the store: the one shape of the team-store
     * commands. Exit 2 when the database cannot be opened or a file cannot be read (named by its kind of
     * failure, never a stack trace); when the store refuses, its sentence on stderr and exit 3 if the login
     * is not permitted, else {@code refused}.
     */
    int run(CommandSpec spec, int refused, StoreWork work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TeamDatabase database = open(err)) {
            if (database == null) {
                return 2;
            }
            int code = work.run(store(database), out);
            out.flush();
            return code;
        } catch (TeamStoreException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return e instanceof TeamStoreException.NotPermitted ? 3 : refused;
        } catch (IOException e) {
            err.println("error: a file could not be read (" + e.getClass().getSimpleName() + ")");
            err.flush();
            return 2;
        }
    }
}
