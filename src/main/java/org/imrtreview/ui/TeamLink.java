package org.imrtreview.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.db.CaseInfo;
import org.imrtreview.store.db.CaseRecord;
import org.imrtreview.store.db.Reviewer;
import org.imrtreview.store.db.SharedCase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.db.TeamStoreException;
import org.imrtreview.store.persist.StateSink;
import org.imrtreview.store.worklist.WorklistEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's tie to the team store (docs/team.md): the case on screen as a {@link SharedCase} (its
 * lock, kept alive by a heartbeat every 30 s while it is open, given back when it closes), the sink
 * its saves go through (optimistic versions; a refusal is told, the text stays on screen), and the
 * worklist's shared rows. Store calls block: the window makes them off the FX thread.
 */
public final class TeamLink implements StateSink, org.imrtreview.ui.worklist.SharedWorklist, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamLink.class);
    /** Well inside the store's 2-minute expiry: a missed beat or two does not lose the case. */
    static final long HEARTBEAT_SECONDS = 30;

    private final TeamStore store;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "team-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile SharedCase current;
    private volatile Consumer<SharedCase> onLost = c -> { };
    private volatile boolean beating = true;

    public TeamLink(TeamStore store) {
        this.store = store;
        beats.scheduleWithFixedDelay(this::heartbeatNow, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    public TeamStore store() {
        return store;
    }

    /** Called (on any thread) when the case on screen can no longer be saved: taken over, expired, saved by another. */
    void onLost(Consumer<SharedCase> listener) {
        this.onLost = listener;
    }

    /** The reviewer at this workstation as the store knows her (empty: not a reviewer of this team). */
    public java.util.Optional<Reviewer> me() {
        return store.reviewer(store.user());
    }

    public boolean isLead() {
        return me().map(r -> r.has(ReviewerRole.LEAD)).orElse(false);
    }

    /** Opens a case for work (blocking): the previous case's lock goes first unless it is the same case. */
    SharedCase open(Path folder, CaseInfo info) {
        SharedCase before;
        synchronized (this) {
            before = current;
            current = null;
        }
        if (before != null && before.key().equals(info.key())) {
            before.handOver(); // opened again (reload, take-over): the lock passes to the new opening
        } else if (before != null) {
            releaseQuietly(before);
        }
        SharedCase opened = SharedCase.open(store, folder, info);
        synchronized (this) {
            current = opened;
        }
        return opened;
    }

    /** The case on screen (null when none). */
    SharedCase current() {
        return current;
    }

    /** Gives back the lock of the case on screen (blocking): it closes, or the nurse went back to the worklist. */
    void release() {
        release(current);
    }

    /** Gives back the lock of that case (blocking), if it is still held; the case on screen only if it is that one. */
    void release(SharedCase c) {
        if (c == null) {
            return;
        }
        synchronized (this) {
            if (current == c) {
                current = null;
            }
        }
        releaseQuietly(c);
    }

    private static void releaseQuietly(SharedCase c) {
        try {
            c.release();
        } catch (TeamStoreException e) {
            // the database is out of reach: the lock expires by itself after 2 minutes
            LOG.warn("could not give back a case lock: {}", e.getClass().getSimpleName());
        }
    }

    /** A lead takes the case over from its holder, with her reason (blocking; audited by the store). */
    void takeOver(String key, String reason) {
        store.takeOver(key, reason);
    }

    @Override
    public void save(Path caseFolder, ReviewState state) {
        SharedCase c = current;
        if (c == null || c.folder() == null || !c.folder().equals(caseFolder)) {
            throw new Refused("This case is no longer open here; the change was not saved.");
        }
        try {
            c.save(state);
        } catch (TeamStoreException e) {
            onLost.accept(c);
            throw new Refused(e.getMessage());
        }
    }

    /** One heartbeat for the case on screen (the timer's work; tests call it instead of waiting). */
    public void heartbeatNow() {
        SharedCase c = current;
        if (c == null || !c.editing() || !beating) {
            return;
        }
        try {
            if (!c.heartbeat()) {
                onLost.accept(c);
            }
        } catch (TeamStoreException e) {
            LOG.warn("heartbeat failed: {}", e.getClass().getSimpleName()); // the network may come back before the expiry
        }
    }

    /** Stops the heartbeat, as a workstation that crashed or lost its network would (tests). */
    void stopHeartbeat() {
        beating = false;
    }

    /**
     * The shared rows for the scanned case folders, by folder: cases the store does not know yet are
     * entered first (blocking).
     */
    @Override
    public Map<Path, CaseRecord> rows(List<WorklistEntry> scanned) {
        Map<String, CaseRecord> byKey = new HashMap<>();
        for (CaseRecord r : store.worklist(TeamStore.WorklistFilter.all())) {
            byKey.put(r.key(), r);
        }
        Map<Path, CaseRecord> out = new HashMap<>();
        for (WorklistEntry e : scanned) {
            CaseInfo info = CaseInfo.of(e);
            CaseRecord row = byKey.get(info.key());
            if (row == null || row.request() == null && info.request() != null) {
                row = store.registerCase(info); // new, or entered before the store kept requests (decision 0213)
            }
            out.put(e.folder(), row);
        }
        return out;
    }

    /** Display names of the team's reviewers by login (blocking). */
    @Override
    public Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        for (Reviewer r : store.reviewers()) {
            out.put(r.login(), r.displayName() == null || r.displayName().isBlank() ? r.login() : r.displayName());
        }
        return out;
    }

    /** "Assign to me" (blocking). */
    @Override
    public void assignToMe(String key) {
        store.assign(key, store.user());
    }

    @Override
    public String login() {
        return store.user();
    }

    @Override
    public Map<String, String> assignable() {
        List<Reviewer> team = store.reviewers();
        boolean lead = team.stream().anyMatch(r -> r.login().equals(store.user()) && r.has(ReviewerRole.LEAD));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (!lead) {
            return out;
        }
        team.stream().filter(r -> r.has(ReviewerRole.NURSE) || r.has(ReviewerRole.PHYSICIAN))
                .sorted(java.util.Comparator.comparing(r -> r.identity().name()))
                .forEach(r -> out.put(r.login(), r.identity().name() + " (" + (r.has(ReviewerRole.PHYSICIAN)
                        ? ReviewerRole.PHYSICIAN : ReviewerRole.NURSE).title() + ")"));
        return out;
    }

    @Override
    public void assign(String key, String login) {
        store.assign(key, login);
    }

    @Override
    public ReviewState savedWork(String key) {
        try {
            return store.load(key).state();
        } catch (TeamStoreException e) {
            LOG.debug("saved work of a case not read for the worklist: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    @Override
    public void close() {
        beats.shutdownNow();
        release();
    }
}
