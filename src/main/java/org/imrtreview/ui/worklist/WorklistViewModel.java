package org.imrtreview.ui.worklist;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.db.CaseRecord;
import org.imrtreview.store.worklist.Recommendation;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.store.worklist.WorklistOrder;
import org.imrtreview.store.worklist.Workspace;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * The worklist: every case in the workspace folder, closest to breaching its deadline first,
 * filterable by text (member, ID, request ID, folder) and by "open cases only".
 */
public final class WorklistViewModel {
    private final Workspace workspace;
    private final TaskExecutor tasks;
    private final Notifier notifier;
    private final Clock clock;

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<WorklistEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<WorklistEntry> visible = new FilteredList<>(entries, e -> true);
    private java.util.function.Supplier<List<WorklistEntry>> fullOrder = () -> List.copyOf(entries);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty openOnly = new SimpleBooleanProperty(this, "openOnly", false);
    /** Only the cases with the physician reviewer (awaiting the physician or a peer-to-peer): her queue. */
    private final BooleanProperty physicianOnly = new SimpleBooleanProperty(this, "physicianOnly", false);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    /** The team store's rows by case folder (empty without a team store): status, assignee, lock. */
    private final javafx.collections.ObservableMap<Path, CaseRecord> shared = FXCollections.observableHashMap();
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final BooleanProperty unassignedOnly = new SimpleBooleanProperty(this, "unassignedOnly", false);
    private final BooleanProperty mineOnly = new SimpleBooleanProperty(this, "mineOnly", false);
    private SharedWorklist team;
    private final javafx.collections.ObservableMap<String, String> assignable = FXCollections.observableMap(new java.util.LinkedHashMap<>());
    private final javafx.collections.ObservableMap<Path, Recommendation> recommendations = FXCollections.observableHashMap();
    /** Which background check of the recommendations is the latest (an older one's answer is dropped). */
    private int checks;
    /** The files' names, sizes and times when each case's recommendation was last checked. */
    private final java.util.Map<Path, String> checkedStats = new java.util.HashMap<>();
    /** Cases evaluated on screen since the last check began: what their evaluation said stands. */
    private final java.util.Set<Path> evaluatedHere = new java.util.HashSet<>();

    public WorklistViewModel(Workspace workspace, TaskExecutor tasks, Notifier notifier, Clock clock) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.notifier = notifier;
        this.clock = clock;
        now.set(clock.instant());
        filterText.addListener((o, a, b) -> refilter());
        openOnly.addListener((o, a, b) -> refilter());
        physicianOnly.addListener((o, a, b) -> refilter());
        unassignedOnly.addListener((o, a, b) -> refilter());
        mineOnly.addListener((o, a, b) -> refilter());
        recommendations.addListener((javafx.collections.MapChangeListener<Path, Recommendation>) ch -> {
            if (filterText.get() != null && !filterText.get().isBlank()) {
                refilter();
                return;
            }
            // a decided case whose files changed since comes back into "Open cases only" (decision 0454):
            // filtered again only when that flips, not for every case checked
            Optional<WorklistEntry> e = find(ch.getKey());
            boolean look = e.isPresent() && needsALook(e.get());
            if (look != lookAgain.contains(ch.getKey())) {
                if (look) {
                    lookAgain.add(ch.getKey());
                } else {
                    lookAgain.remove(ch.getKey());
                }
                if (openOnly.get()) {
                    refilter();
                }
            }
        });
    }

    /** Closed cases that come back into "Open cases only" (decision 0454). */
    private final java.util.Set<Path> lookAgain = new java.util.HashSet<>();

    /**
     * Whether a closed case needs her look again: its files changed since its last evaluation, or it now
     * evaluates to another recommendation than the one its decision was recorded on (decision 0454).
     */
    boolean needsALook(WorklistEntry e) {
        if (!e.status().closed()) {
            return false;
        }
        Recommendation r = recommendations.get(e.folder());
        if (r == null) {
            return false;
        }
        return r.kind() == Recommendation.Kind.FILES_CHANGED || r.kind() == Recommendation.Kind.CURRENT
                && e.decision() != null && r.determination() != null && r.determination() != e.decidedOn();
    }

    /** The worklist comes from the team store from now on (null: the files beside each case alone). */
    public void setTeam(SharedWorklist team) {
        this.team = team;
    }

    /** Whether a team store is attached (the assignee column, "Assign to me" and the queue filters show). */
    public boolean hasTeam() {
        return team != null;
    }

    /** A scan with the team store's rows: the store's status counts (the files beside the cases are not written). */
    private record Scan(List<WorklistEntry> entries, java.util.Map<Path, CaseRecord> rows, java.util.Map<String, String> names,
                        java.util.Map<String, String> assignable) {
    }

    private Scan withShared(List<WorklistEntry> scanned) {
        if (team == null) {
            return new Scan(scanned, java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
        }
        java.util.Map<Path, CaseRecord> rows = team.rows(scanned);
        List<WorklistEntry> out = new java.util.ArrayList<>();
        for (WorklistEntry e : scanned) {
            CaseRecord row = rows.get(e.folder());
            out.add(row == null ? e : fromStore(e, row));
        }
        return new Scan(out, rows, team.names(), team.assignable());
    }

    /**
     * The line as the team store has it (decision 0213): the store's status and, once a reviewer typed or
     * corrected the request details on any workstation, her member, request ID, urgency and due time.
     */
    private static WorklistEntry fromStore(WorklistEntry scanned, CaseRecord row) {
        ReviewStatus status = statusOf(row, scanned.status());
        // the saved work is the store's, not the file beside the case: no decision from that file
        if (!row.requestTyped() || row.request() == null) {
            return scanned.withStatus(status).withDecision(null);
        }
        return new WorklistEntry(scanned.folder(), scanned.caseName(), row.request(),
                org.imrtreview.store.worklist.Turnaround.dueAt(row.request()), status, null);
    }

    private static ReviewStatus statusOf(CaseRecord row, ReviewStatus otherwise) {
        try {
            return row.status() == null ? otherwise : ReviewStatus.valueOf(row.status());
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    private void apply(Scan scan) {
        if (team != null) {
            shared.clear();
            shared.putAll(scan.rows());
            names.clear();
            names.putAll(scan.names());
            if (!assignable.equals(scan.assignable())) {
                assignable.clear();
                assignable.putAll(scan.assignable());
            }
        }
    }

    /** Reads the team store's rows again (assignees, locks, statuses others changed); off the FX thread. */
    public void refreshShared(Runnable then) {
        if (team == null || entries.isEmpty()) {
            then.run();
            return;
        }
        List<WorklistEntry> current = List.copyOf(entries);
        tasks.execute("Reading the team worklist", () -> withShared(current), scan -> {
            apply(scan);
            for (WorklistEntry e : scan.entries()) {
                // the store's status, and request details typed on another workstation
                // (the decision is the store's saved work, read by the recommendations' check: kept)
                find(e.folder()).filter(old -> old.status() != e.status() || !old.request().equals(e.request()))
                        .ifPresent(old -> replace(e.withDecision(old.decision(), old.decidedOn())));
            }
            refilter();
            then.run();
        }, error -> notifier.error("The team worklist could not be read: " + message(error)));
    }

    /** "Assign to me": the case joins this reviewer's queue (a lead may reassign; a nurse takes unassigned ones). */
    public void assignToMe(WorklistEntry entry, Runnable then) {
        if (team == null || entry == null) {
            return;
        }
        String key = org.imrtreview.store.db.CaseKeys.of(entry.folder());
        tasks.execute("Assigning " + entry.caseName(), () -> {
            team.assignToMe(key);
            return null;
        }, done -> refreshShared(then), error -> notifier.error(message(error)));
    }

    /** A lead gives the case to a colleague (audited by the store); off the FX thread. */
    public void assign(WorklistEntry entry, String login, Runnable then) {
        if (team == null || entry == null || login == null) {
            return;
        }
        String key = org.imrtreview.store.db.CaseKeys.of(entry.folder());
        tasks.execute("Assigning " + entry.caseName(), () -> {
            team.assign(key, login);
            return null;
        }, done -> {
            notifier.success(entry.caseName() + " is assigned to " + nameOf(login) + ".");
            refreshShared(then);
        }, error -> notifier.error(message(error)));
    }

    /** Whom a lead may assign cases to, login → "Name (role)" (empty: the reviewer here is not a lead). */
    public javafx.collections.ObservableMap<String, String> assignable() {
        return assignable;
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** The team store's row of a case folder (null without a team store or before the store was read). */
    public CaseRecord shared(Path caseFolder) {
        return shared.get(caseFolder);
    }

    /** A reviewer's display name by login (the login when unknown). */
    public String nameOf(String login) {
        return login == null ? null : names.getOrDefault(login, login);
    }

    public javafx.collections.ObservableMap<Path, CaseRecord> sharedRows() {
        return shared;
    }

    public BooleanProperty unassignedOnlyProperty() {
        return unassignedOnly;
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    /** True when the filter text or "open cases only" hides some cases. */
    public boolean filtered() {
        return visible.size() < entries.size();
    }

    /**
     * The other case folders holding the same request ID as {@code entry} (same member too when both name
     * one): two submissions of one request that the nurse must not decide twice.
     */
    public List<String> sameRequestElsewhere(WorklistEntry entry) {
        String id = entry.requestId();
        if (id == null || id.isBlank()) {
            return List.of();
        }
        return entries.stream()
                .filter(o -> o != entry && !o.folder().equals(entry.folder()) && id.strip().equalsIgnoreCase(
                        o.requestId() == null ? "" : o.requestId().strip()))
                .filter(o -> o.memberId() == null || entry.memberId() == null || o.memberId().equalsIgnoreCase(entry.memberId()))
                .map(WorklistEntry::caseName).sorted().toList();
    }

    /** Reads the workspace off the FX thread; {@code then} runs after the list is filled. */
    public void open(Path workspaceFolder, Runnable then) {
        loading.set(true);
        tasks.execute("Reading workspace " + workspaceFolder.getFileName(), () -> withShared(workspace.scan(workspaceFolder)),
                scan -> {
                    folder.set(workspaceFolder);
                    now.set(clock.instant());
                    apply(scan);
                    entries.setAll(scan.entries());
                    recommendations.clear();
                    checkedStats.clear();
                    loading.set(false);
                    then.run();
                    checkRecommendations(scan.entries(), false);
                },
                error -> {
                    loading.set(false);
                    notifier.error(error instanceof org.imrtreview.store.db.TeamStoreException
                            ? "The team worklist could not be read: " + message(error)
                            : "The workspace folder " + workspaceFolder + " could not be read ("
                            + error.getClass().getSimpleName() + ").");
                });
    }

    public void reload(Runnable then) {
        if (folder.get() != null) {
            open(folder.get(), then);
        }
    }

    /** Adds (or refreshes) one case, e.g. a case opened from outside the workspace. */
    public WorklistEntry addOrRefresh(Path caseFolder) {
        WorklistEntry entry = workspace.entry(caseFolder);
        replace(entry);
        return entry;
    }

    public void updateStatus(Path caseFolder, ReviewStatus status) {
        find(caseFolder).ifPresent(e -> replace(e.withStatus(status)));
    }

    /** The nurse typed or corrected the request details of a case: its line (and deadline) follow them. */
    public void updateRequest(Path caseFolder, org.imrtreview.model.Request request) {
        find(caseFolder).ifPresent(e -> replace(new WorklistEntry(e.folder(), e.caseName(), request,
                org.imrtreview.store.worklist.Turnaround.dueAt(request), e.status(), null, e.decision(), e.decidedOn())));
    }

    /** The nurse recorded (or changed) her decision on a case: its line shows it. */
    public void updateDecision(Path caseFolder, org.imrtreview.store.DecisionRecord decision) {
        updateDecision(caseFolder, decision, decision == null ? null : decision.recommendation());
    }

    /**
     * The decision recorded on a case and the recommendation the decision that stands was recorded on (the
     * physician reviewer's once she decided, decision 0467): its line shows them.
     */
    public void updateDecision(Path caseFolder, org.imrtreview.store.DecisionRecord decision,
                               org.imrtreview.model.Determination decidedOn) {
        find(caseFolder).filter(e -> !java.util.Objects.equals(e.decision(), decision)
                        || !java.util.Objects.equals(e.decidedOn(), decision == null ? null : decidedOn))
                .ifPresent(e -> replace(e.withDecision(decision, decidedOn)));
    }

    /**
     * The recommendation of each case as far as the worklist knows it (decision 0246): the last
     * evaluation's while its files, saved work and program are unchanged, else why not. Filled in the
     * background after the list shows.
     */
    public javafx.collections.ObservableMap<Path, Recommendation> recommendations() {
        return recommendations;
    }

    /** The recommendation the worklist shows for a case ("checking" until the background check got to it). */
    public Recommendation recommendation(Path caseFolder) {
        return recommendations.getOrDefault(caseFolder, Recommendation.unknown(Recommendation.Kind.CHECKING));
    }

    /** The case on screen was just evaluated: its line shows that recommendation at once. */
    public void evaluated(Path caseFolder, Recommendation recommendation) {
        recommendations.put(caseFolder, recommendation);
        evaluatedHere.add(caseFolder);
        checkedStats.remove(caseFolder); // looked at again at the next minute, once its record is written
    }

    /**
     * Checks off the FX thread whether each case's last evaluation still holds; every file of every case
     * is hashed, so the first frame never waits for it. {@code onlyChanged}: only the cases whose files'
     * names, sizes or times changed since they were last checked (the minute tick). With a team store the
     * saved work is the store's (decision 0315): each case's is read from it — which also gives the Decision
     * column its recorded decision — and a row whose version moved (work saved on any workstation) counts
     * as changed.
     */
    private void checkRecommendations(List<WorklistEntry> cases, boolean onlyChanged) {
        if (cases.isEmpty()) {
            return;
        }
        int generation = ++checks;
        java.util.Map<Path, String> known = java.util.Map.copyOf(checkedStats);
        SharedWorklist store = team;
        java.util.Map<Path, CaseRecord> rows = store == null ? java.util.Map.of() : java.util.Map.copyOf(shared);
        tasks.execute("Checking the cases' last evaluations", () -> {
            java.util.Map<Path, Checked> out = new java.util.HashMap<>();
            for (WorklistEntry e : cases) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                String stat = org.imrtreview.store.worklist.LastEvaluations.statKey(e.folder());
                CaseRecord row = rows.get(e.folder());
                if (store != null) {
                    if (row == null) {
                        continue; // not in the store (yet): nothing known of its work
                    }
                    stat = stat == null ? null : stat + "\u0000store version " + row.version();
                }
                if (onlyChanged && stat != null && stat.equals(known.get(e.folder()))) {
                    continue;
                }
                if (store == null) {
                    out.put(e.folder(), new Checked(org.imrtreview.store.worklist.LastEvaluations.check(e.folder(),
                            workspace.store()), stat, false, null, null));
                } else {
                    org.imrtreview.store.ReviewState work = store.savedWork(row.key());
                    out.put(e.folder(), new Checked(org.imrtreview.store.worklist.LastEvaluations.check(e.folder(),
                            () -> work), work == null ? null : stat, work != null, work == null ? null : work.decision(),
                            work == null ? null : work.standingRecommendation()));
                }
            }
            return out;
        }, found -> {
            if (generation != checks) {
                return;
            }
            found.forEach((folder, checked) -> {
                // a case evaluated on screen since the check began keeps what its evaluation said
                if (!evaluatedHere.contains(folder)) {
                    recommendations.put(folder, checked.recommendation());
                    if (checked.fromStore()) {
                        updateDecision(folder, checked.decision(), checked.decidedOn());
                    }
                }
                if (checked.stat() == null || evaluatedHere.contains(folder)) {
                    checkedStats.remove(folder);
                } else {
                    checkedStats.put(folder, checked.stat());
                }
            });
            evaluatedHere.clear();
        }, error -> { });
    }

    /** {@code fromStore}: the saved work came from the team store, and {@code decision} is its recorded decision. */
    private record Checked(Recommendation recommendation, String stat, boolean fromStore,
                           org.imrtreview.store.DecisionRecord decision, org.imrtreview.model.Determination decidedOn) {
    }

    private void replace(WorklistEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).folder().equals(entry.folder())) {
                // the same line again (a case reopened: its state read anew, its status and request unchanged)
                // changes nothing she sees, and set() would still have the table behind the case screen lay
                // out and restyle its rows (decision 0390)
                if (!entries.get(i).equals(entry)) {
                    entries.set(i, entry);
                    changes++;
                }
                return;
            }
        }
        changes++;
        entries.add(entry);
        FXCollections.sort(entries, WorklistOrder.BY_TIME_TO_BREACH);
    }

    private long changes;

    /** How many times a line was added or replaced by {@link #addOrRefresh} and the updates (tests count it). */
    public long lineChanges() {
        return changes;
    }

    public Optional<WorklistEntry> find(Path caseFolder) {
        return entries.stream().filter(e -> e.folder().equals(caseFolder)).findFirst();
    }

    /**
     * Every case in the order the list sorts them, filter or not (the view sets it to its sort; by default
     * the scan's order, by time to breach).
     */
    public void setFullOrder(java.util.function.Supplier<List<WorklistEntry>> order) {
        this.fullOrder = order;
    }

    /**
     * The case after (step 1) or before (step -1) the given one in the list as shown. A case the filter
     * hides now — decided, so no longer open with "Open cases only", or no longer matching the text — keeps
     * its place: the neighbour is the next case shown after (or before) where it stands in the whole list,
     * not the top of the list (decision 0451).
     */
    public Optional<WorklistEntry> neighbour(List<WorklistEntry> shownOrder, Path current, int step) {
        if (shownOrder.isEmpty()) {
            return Optional.empty();
        }
        int index = -1;
        for (int i = 0; i < shownOrder.size(); i++) {
            if (shownOrder.get(i).folder().equals(current)) {
                index = i;
            }
        }
        if (index < 0 && current != null) {
            List<WorklistEntry> all = fullOrder.get();
            int at = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).folder().equals(current)) {
                    at = i;
                }
            }
            if (at >= 0) {
                java.util.Set<Path> shown = new java.util.HashSet<>();
                shownOrder.forEach(e -> shown.add(e.folder()));
                for (int i = at + step; i >= 0 && i < all.size(); i += step) {
                    if (shown.contains(all.get(i).folder())) {
                        Path folder = all.get(i).folder();
                        return shownOrder.stream().filter(e -> e.folder().equals(folder)).findFirst();
                    }
                }
                return Optional.empty();
            }
        }
        int next = index < 0 ? (step > 0 ? 0 : shownOrder.size() - 1) : index + step;
        return next >= 0 && next < shownOrder.size() ? Optional.of(shownOrder.get(next)) : Optional.empty();
    }

    public void tick() {
        now.set(clock.instant());
        // files that arrived or changed since the last look, and on a team store work saved since (the rows'
        // versions): their recommendation (and decision) is checked again
        if (team != null && !loading.get()) {
            refreshShared(() -> {
                if (!checkedStats.isEmpty()) {
                    checkRecommendations(List.copyOf(entries), true);
                }
            });
        }
        if (team == null && !loading.get() && !checkedStats.isEmpty()) {
            checkRecommendations(List.copyOf(entries), true);
        }
    }

    private void refilter() {
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        boolean onlyOpen = openOnly.get();
        boolean onlyPhysician = physicianOnly.get();
        boolean onlyUnassigned = team != null && unassignedOnly.get();
        String mine = team != null && mineOnly.get() ? team.login() : null;
        Predicate<WorklistEntry> p = e -> (!onlyOpen || !e.status().closed() || needsALook(e)) && (!onlyPhysician || e.status().withPhysician())
                && (!onlyUnassigned || assignee(e) == null) && (mine == null || mine.equals(assignee(e)))
                && (needle.isEmpty() || matches(e, needle) || matchesShared(e, needle) || matchesReview(e, needle));
        visible.setPredicate(p);
    }

    private String assignee(WorklistEntry e) {
        CaseRecord row = shared.get(e.folder());
        return row == null ? null : row.assignee();
    }

    /**
     * The recommendation and decision shown on the line ("criteria met", "override", "case changed": decision
     * 0468) match too.
     */
    private boolean matchesReview(WorklistEntry e, String needle) {
        Recommendation r = recommendations.get(e.folder());
        String decision = e.decision() == null ? "" : WorklistView.decisionText(e, r) + " " + WorklistView.statusText(e, r);
        return r != null && r.text().toLowerCase(Locale.ROOT).contains(needle)
                || decision.toLowerCase(Locale.ROOT).contains(needle);
    }

    private boolean matchesShared(WorklistEntry e, String needle) {
        String a = nameOf(assignee(e));
        return a != null && a.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean matches(WorklistEntry e, String needle) {
        for (String s : new String[] {e.member(), e.memberId(), e.requestId(), e.caseName(), e.status().title(),
                e.urgency() == null ? null : e.urgency().name()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    public ObservableList<WorklistEntry> entries() {
        return entries;
    }

    public FilteredList<WorklistEntry> visible() {
        return visible;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public BooleanProperty physicianOnlyProperty() {
        return physicianOnly;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
