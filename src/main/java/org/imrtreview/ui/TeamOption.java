package org.imrtreview.ui;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.ui.common.UserPrefs;

/**
 * {@code --db URL|WORKSPACE} when the window starts (docs/team.md): the team database it works on, kept
 * in the preferences so later starts use it too; {@code --db none} goes back to the files beside each
 * case. Without {@code --db} the remembered one counts.
 */
final class TeamOption {
    static final String NONE = "none";

    private TeamOption() {
    }

    /** The database to open (null: none), remembering what {@code --db} said. */
    static String chosen(List<String> args, UserPrefs prefs) {
        String given = value(args);
        if (given != null) {
            prefs.teamDatabase(NONE.equalsIgnoreCase(given) ? null : given);
            prefs.flush();
            return NONE.equalsIgnoreCase(given) ? null : given;
        }
        return prefs.teamDatabase();
    }

    /** The value of {@code --db X} or {@code --db=X}, or null. */
    static String value(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith("--db=")) {
                return a.substring("--db=".length());
            }
        }
        return null;
    }

    /** The arguments without {@code --db} and its value (the rest are paths the desktop handed over). */
    static List<String> withoutDb(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("--db=")) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The store as this login. An embedded database nobody has set up makes its first user nurse and
     * lead (the one-desk workstation keeps working); a PostgreSQL one is set up with {@code db reviewer-add}.
     */
    static TeamStore store(TeamDatabase database, String login) {
        TeamStore store = new TeamStore(database, login);
        if (database.engine() == TeamDatabase.Engine.H2) {
            store.bootstrapIfEmpty(login);
        }
        return store;
    }
}
