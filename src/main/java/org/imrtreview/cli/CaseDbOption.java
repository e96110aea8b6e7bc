package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.db.Reviewer;
import org.imrtreview.store.db.CaseInfo;
import org.imrtreview.store.db.SharedCase;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.db.TeamStoreException;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.Workspace;
import picocli.CommandLine.Option;

/**
 * The optional {@code --db} of the commands that read or save a case's review work (physician decide,
 * pas-response, letter): the case's work then comes from the team store and is saved there, under the
 * case's lock, exactly as the window does (docs/team.md). A database named but not reachable is an
 * error — never a quiet fall-back to the file beside the case, which would split the team's work.
 */
final class CaseDbOption {
    @Option(names = "--db", paramLabel = "URL|WORKSPACE",
            description = "Work on the team store: jdbc:postgresql://host:port/db (user and password in the URL or in"
                    + " IMRT_DB_USER / IMRT_DB_PASSWORD), or a workspace folder (its embedded database). Without it the"
                    + " review work beside the case is used.")
    String db;

    boolean given() {
        return db != null;
    }

    /** The team store as this login, or null after printing why it cannot be opened (exit {@link #UNREACHABLE}). */
    TeamStore open(PrintWriter err) {
        try {
            return TeamDbOption.store(TeamDatabase.forArgument(db));
        } catch (TeamStoreException e) {
            CaseArgument.fail(err, e.getMessage() + " Nothing was read or saved (no fall-back to the files beside the case).");
            return null;
        }
    }

    /** Exit code when --db names a database that cannot be opened. */
    static final int UNREACHABLE = 2;

    /**
     * Opens the case in the store for work (entered in the worklist when new, its lock taken); null after
     * printing why not (another reviewer is editing it, or the store refused).
     */
    static SharedCase openForWork(TeamStore store, Path caseFolder, PrintWriter err) {
        try {
            Path folder = caseFolder.toAbsolutePath().normalize();
            SharedCase shared = SharedCase.open(store, folder, CaseInfo.of(new Workspace(new ReviewStateStore()).entry(folder)));
            if (!shared.editing()) {
                CaseArgument.fail(err, shared.heldBy() == null
                        ? store.user() + " may not change cases in the team store (read-only role); nothing was saved."
                        : shared.key() + " is being edited by " + shared.whoHas(shared.heldBy()) + " since "
                        + shared.heldBy().takenAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + "; nothing was saved. Try again when it is free (a lead may take it over in the window).");
                return null;
            }
            return shared;
        } catch (TeamStoreException e) {
            CaseArgument.fail(err, e.getMessage());
            return null;
        }
    }

    /**
     * Who signs on the team store: the login's account, never a name typed on the command line
     * (decision 0212). {@code typed} (the command's --as / --reviewer, may be null) must name that account
     * when given. Null after printing why not (not an active reviewer, or another name typed).
     */
    static ReviewerIdentity account(TeamStore store, String typed, String option, PrintWriter err) {
        Optional<Reviewer> account = store.reviewer(store.user()).filter(Reviewer::active);
        if (account.isEmpty()) {
            CaseArgument.fail(err, store.user() + " is not an active reviewer of the team store " + store.database().description()
                    + "; a lead adds reviewers: db reviewer-add --db … " + store.user() + " --name \"Name\" --credentials …"
                    + " --role …. Nothing was saved.");
            return null;
        }
        ReviewerIdentity mine = account.get().identity();
        if (typed != null && !typed.isBlank()) {
            ReviewerIdentity given = ReviewerIdentity.parse(typed, mine.role());
            if (!Objects.equals(given.name(), mine.name()) || !Objects.equals(given.credentials(), mine.credentials())) {
                CaseArgument.fail(err, option + " \"" + given.signature() + "\" is not your account in the team store (\""
                        + mine.signature() + "\", login " + store.user() + "): on the store the account signs, not a typed"
                        + " name. Leave " + option + " out, or ask a lead to correct the account. Nothing was saved.");
                return null;
            }
        }
        return mine;
    }

    /** Closes what {@link #open} opened. */
    static void close(TeamStore store) {
        if (store != null) {
            store.database().close();
        }
    }
}
