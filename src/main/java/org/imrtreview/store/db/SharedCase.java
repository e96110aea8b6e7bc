package org.imrtreview.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;

/**
 * One case as one client works on it in the team store (the window, or a command with {@code --db}):
 * opening enters it in the worklist when new, takes its lock — or, when another reviewer holds a live
 * lock, opens it read-only and says who has it since when — and loads the saved work with its version.
 * Saving names that version; a save the store refuses (someone else saved or took the case) turns the
 * case read-only and keeps the refusal's sentence, while the caller keeps the reviewer's text. Opening
 * also compares the folder's files with the SHA-256s the store recorded for the case (recording them on
 * its first opening for work); a changed, added or removed file is a notice and an audit event (0319).
 * Thread-safe: the window saves from its writer thread and heartbeats from a timer.
 */
public final class SharedCase {
    private final TeamStore store;
    private final String key;
    private final Path folder;
    private final ReviewState saved;
    private final List<String> notices;
    private volatile long version;
    private volatile boolean editing;
    private volatile CaseLock heldBy;
    private volatile String refusal;
    /** Files whose viewing this opening has recorded ("Viewed document", once per file per opening). */
    private final Set<String> viewed = ConcurrentHashMap.newKeySet();

    private SharedCase(TeamStore store, String key, Path folder, ReviewState saved, long version, boolean editing,
                       CaseLock heldBy, List<String> notices) {
        this.store = store;
        this.key = key;
        this.folder = folder;
        this.saved = saved;
        this.version = version;
        this.editing = editing;
        this.heldBy = heldBy;
        this.notices = List.copyOf(notices);
    }

    /**
     * Opens a case folder for work: registered when the store does not know it yet ({@code info}), locked
     * for this client when free (or its holder stopped heartbeating), else read-only. A reviewer whose
     * roles do not let her edit (an auditor) opens it read-only too. Work saved beside the case before
     * the team store (review-state.json) is brought in once when the case has none in the store yet and
     * the reviewer is a lead; otherwise a notice says it is there.
     */
    public static SharedCase open(TeamStore store, Path folder, CaseInfo info) {
        String key = info.key();
        if (store.caseRecord(key).isEmpty()) {
            store.registerCase(info);
        }
        List<String> notices = new ArrayList<>();
        boolean mayEdit = store.reviewer(store.user()).map(r -> r.has(ReviewerRole.NURSE) || r.has(ReviewerRole.LEAD)
                || r.has(ReviewerRole.PHYSICIAN)).orElse(false);
        boolean editing = false;
        CaseLock other = null;
        if (mayEdit) {
            try {
                store.lock(key);
                editing = true;
            } catch (TeamStoreException.Locked locked) {
                other = locked.lock();
            }
        }
        TeamStore.Saved loaded = store.load(key);
        if (loaded.version() == 0 && folder != null && Files.isRegularFile(ReviewStateStore.stateFile(folder))) {
            ReviewStateStore.Loaded beside = new ReviewStateStore().read(folder);
            boolean lead = store.reviewer(store.user()).map(r -> r.has(ReviewerRole.LEAD)).orElse(false);
            if (beside.problem() == null && lead && store.importState(key, beside.state(),
                    ".imrt-review/" + ReviewStateStore.FILE_NAME)) {
                loaded = store.load(key);
                notices.add("The review work saved beside this case before the team store was brought into it.");
            } else if (beside.problem() == null) {
                notices.add("This case has review work saved beside it from before the team store"
                        + " (.imrt-review/review-state.json); it is not shown here. A lead brings it in: db import.");
            }
        }
        if (folder != null && Files.isDirectory(folder)) {
            // the files the case was recorded with, or recorded now on its first opening (decision 0319)
            try {
                TeamStore.FileCheck check = store.checkFiles(key, folder, editing);
                if (check.notice() != null) {
                    notices.add(check.notice());
                }
            } catch (java.io.IOException e) {
                notices.add("Some files of this case could not be read to compare them with those the team store recorded ("
                        + e.getClass().getSimpleName() + "): check the submission before deciding.");
            }
        }
        if (!editing) {
            store.audit(key, "Viewed read-only", other == null ? "reviewer may not edit" : "being edited by " + other.owner());
        }
        return new SharedCase(store, key, folder, loaded.state(), loaded.version(), editing, other, notices);
    }

    public String key() {
        return key;
    }

    public Path folder() {
        return folder;
    }

    /** The saved work as loaded. */
    public ReviewState saved() {
        return saved;
    }

    /** Sentences for the reviewer from opening (earlier work beside the case). */
    public List<String> notices() {
        return notices;
    }

    /** Whether this client holds the case's lock and may save. */
    public boolean editing() {
        return editing;
    }

    /** The other reviewer's lock when the case opened read-only because of it (null otherwise). */
    public CaseLock heldBy() {
        return heldBy;
    }

    /** The version the next save names. */
    public long version() {
        return version;
    }

    /** The sentence of the save the store refused (null while none was). */
    public String refusal() {
        return refusal;
    }

    /**
     * Saves the reviewer's state. Refused (a {@link TeamStoreException}, nothing written) when the case
     * is read-only here, or when the store finds someone else saved or holds the case: the case is
     * read-only from then on and the caller keeps the state on screen.
     */
    public synchronized void save(ReviewState state) {
        if (!editing) {
            throw new TeamStoreException(refusal != null ? refusal : "This case is open read-only here; nothing was saved.");
        }
        try {
            version = store.save(key, version, state);
        } catch (TeamStoreException.Locked | TeamStoreException.StaleVersion e) {
            editing = false;
            if (e instanceof TeamStoreException.Locked l) {
                heldBy = l.lock();
            }
            refusal = e.getMessage();
            throw e;
        } catch (TeamStoreException.NotPermitted e) {
            refusal = e.getMessage(); // e.g. a physician's step by an account that is not a physician's
            throw e;
        }
    }

    /** The audit trail's action for a submitted file shown to the reviewer. */
    public static final String VIEWED_DOCUMENT = "Viewed document";

    /**
     * Records in the team's audit trail that the reviewer saw a submitted file of this case (blocking):
     * "Viewed document", the file's name within the case and the SHA-256 of its bytes as they are now, so
     * an auditor knows which content was on her screen. Once per file per opening of the case (selecting
     * the file again, or showing it in the evidence window too, adds nothing); a file that cannot be read
     * is recorded as such. Read-only openings record too (an auditor's reading is what is asked about).
     * Returns the event, or empty when this opening had recorded the file already.
     */
    public Optional<AuditEvent> viewed(String file) {
        if (file == null || !viewed.add(file)) {
            return Optional.empty();
        }
        String detail;
        if (folder == null) {
            detail = file + " (no case folder to read it from)";
        } else {
            try {
                detail = file + " sha256 " + CaseFiles.sha256(folder.resolve(file));
            } catch (java.io.IOException | RuntimeException e) {
                detail = file + " (could not be read to hash it: " + e.getClass().getSimpleName() + ")";
            }
        }
        try {
            return Optional.of(store.audit(key, VIEWED_DOCUMENT, detail));
        } catch (RuntimeException e) {
            viewed.remove(file); // not recorded: the next showing tries again
            throw e;
        }
    }

    /** Keeps the lock alive; false (and read-only from now) when this client no longer holds it. */
    public synchronized boolean heartbeat() {
        if (!editing) {
            return false;
        }
        if (store.heartbeat(key)) {
            return true;
        }
        editing = false;
        heldBy = store.lockOf(key).orElse(null);
        refusal = heldBy == null
                ? "Your hold on this case expired; what you changed since your last save was not saved. Reload (F5) to work on it again."
                : whoHas(heldBy) + " has taken this case since " + heldBy.takenAt().truncatedTo(ChronoUnit.SECONDS)
                + "; what you changed since your last save was not saved and is still on screen.";
        return false;
    }

    /** Gives the lock back (the case closes or another opens). */
    public synchronized void release() {
        if (editing) {
            editing = false;
            store.release(key);
        }
    }

    /** This opening gives its lock to a new opening of the same case by the same client (it keeps it, refreshed). */
    public synchronized void handOver() {
        editing = false;
    }

    /** A reviewer's display name for a login, the login when the store does not know her. */
    public String whoHas(CaseLock lock) {
        return displayName(store, lock.owner());
    }

    public static String displayName(TeamStore store, String login) {
        Optional<Reviewer> r = store.reviewer(login);
        return r.map(Reviewer::displayName).filter(n -> n != null && !n.isBlank()).orElse(login);
    }
}
