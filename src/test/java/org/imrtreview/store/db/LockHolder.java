package org.imrtreview.store.db;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A second workstation in its own process, for the tests that kill one: takes the case's lock as
 * {@code ann} and saves over and over, printing each committed version, until it is killed.
 * Arguments: the database (workspace folder or JDBC URL) and the case key.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (TeamDatabase db = TeamDatabase.forArgument(args[0])) {
            TeamStore store = new TeamStore(db, "ann");
            store.lock(args[1]);
            out.println("LOCKED");
            while (true) {
                TeamStore.Saved s = store.load(args[1]);
                int n = s.state().notes().isEmpty() ? 0 : Integer.parseInt(s.state().notes());
                long v = store.save(args[1], s.version(), s.state().withNotes(Integer.toString(n + 1)));
                out.println("COMMITTED " + v);
            }
        }
    }
}
