package org.imrtreview.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.LastEvaluation;
import org.imrtreview.store.worklist.LastEvaluations;
import org.imrtreview.store.worklist.Recommendation;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.store.worklist.Workspace;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.review.Outbox;
import org.imrtreview.ui.casereview.CaseReviewViewModel;
import org.imrtreview.ui.casereview.CaseScreenModel;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.review.SavedDigitising;
import org.imrtreview.ui.worklist.WorklistViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: which screen shows, which case is open, and the moves between them (open a
 * workspace or a case, next/previous case, back to the worklist, a new case from dropped files).
 * Case loading runs off the FX thread; opening another case while one loads drops the first.
 */
public final class WorkstationViewModel implements CaseScreenModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationViewModel.class);

    public enum Screen { WORKLIST, CASE }

    private final CaseReviews reviews;
    private final AutoSaver saver;
    private final TaskExecutor tasks;
    private final Notifier notifier;
    private final WorklistViewModel worklist;
    private final CaseReviewViewModel review;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.WORKLIST);
    private final ObjectProperty<Path> openCase = new SimpleObjectProperty<>(this, "openCase");
    private final BooleanProperty caseLoading = new SimpleBooleanProperty(this, "caseLoading", false);
    /** File names of the case being loaded, shown as "loading" until the case is read. */
    private final ObservableList<String> loadingFiles = FXCollections.observableArrayList();
    private TaskExecutor.Cancellable pendingLoad;
    private Runnable beforeCaseOpens = () -> { };
    private boolean readOnly;
    private final java.util.Map<Path, Path> chosenOutboxes = new java.util.LinkedHashMap<>();
    private final Clock clock;
    /** The team store when the workstation works on one (null: review work beside each case). */
    private TeamLink team;
    private java.util.function.Supplier<Optional<String>> askTakeOverReason = Optional::empty;
    /** The case whose files were keyed when it was read, and that key (decision 0246). */
    private Path shownFilesFolder;
    private String shownFilesKey;
    /** Each file's content hash as the open case was read (decision 0581: a change at the press names its file). */
    private java.util.Map<String, String> shownFilesHashes;
    private LastEvaluation lastKept;

    public WorkstationViewModel(CaseLoader loader, CaseEvaluator evaluator, ReviewStateStore store, AutoSaver saver,
                                TaskExecutor tasks, Notifier notifier, Clock clock, String user) {
        this(new CaseReviews(loader, store, evaluator, clock, user), store, saver, tasks, notifier, clock);
        // a loader that remembers what it read (the window's) can read the next case while she works on this one
        long delay = Long.getLong(READ_AHEAD_PROPERTY, READ_AHEAD_MS);
        // (a delay of 0 reads nothing ahead; the thread still warms up as the worklist arrives: decision 0312)
        long later = Long.getLong(READ_AHEAD_LATER_PROPERTY, READ_AHEAD_LATER_MS);
        this.readAhead = loader.remembers() ? new ReadAhead(loader::load, delay, later) : null;
        this.readsAhead = delay > 0;
        this.readAheadCases = Math.max(1, Integer.getInteger(READ_AHEAD_CASES_PROPERTY, READ_AHEAD_CASES));
    }

    /**
     * Cases read ahead after the one she is on (decision 0495): with hers, as many as the window's loader holds
     * for certain ({@code WorkstationServices}: 8), so nothing read ahead is only softly held.
     */
    static final int READ_AHEAD_CASES = 7;
    /**
     * Milliseconds she stays on a case (or the worklist) before the cases after the next one are read
     * (decision 0495): going through cases quickly, only the next one is read ahead, as in 0297.
     */
    static final long READ_AHEAD_LATER_MS = 10_000;
    /** System property: another such delay in ms. */
    public static final String READ_AHEAD_LATER_PROPERTY = "imrt.readAheadLaterMs";
    /** System property: another count of cases read ahead (1: only the next one, as decision 0297 did). */
    public static final String READ_AHEAD_CASES_PROPERTY = "imrt.readAheadCases";
    private int readAheadCases = READ_AHEAD_CASES;

    /** Milliseconds the nurse stays on a case (or on the worklist) before the next case is read ahead (decision 0297). */
    static final long READ_AHEAD_MS = 2000;
    /** System property: another delay in ms; 0 turns reading ahead off. */
    public static final String READ_AHEAD_PROPERTY = "imrt.readAheadMs";
    private ReadAhead readAhead;
    private boolean readsAhead;
    /** System property: {@code false} turns off the warm-up as the worklist arrives (decision 0312). */
    public static final String WARM_UP_PROPERTY = "imrt.warmUp";
    /** The worklist as the nurse sees it (sorted, filtered): what "next" means. */
    private java.util.function.Supplier<List<WorklistEntry>> shownOrder = List::of;

    /** Where the worklist's shown order comes from (the window's table), for reading the next case ahead. */
    public void setShownOrder(java.util.function.Supplier<List<WorklistEntry>> order) {
        this.shownOrder = order;
    }

    /** Whether the window reads ahead and has begun reading {@code folder} (tests). */
    boolean readingAhead(Path folder) {
        return readAhead != null && readAhead.begun(folder.toAbsolutePath().normalize());
    }

    /** Whether the window has read ahead every case it meant to read after the one she is on (tests). */
    boolean readAheadFinished() {
        return readAhead != null && readAhead.finished();
    }

    /** Stops reading ahead (the window closes). */
    public void shutdown() {
        if (readAhead != null) {
            readAhead.shutdown();
        }
    }

    /**
     * Reads ahead the cases after {@code current} in the worklist as shown (from the first one for null), as
     * many as {@link #READ_AHEAD_CASES}, one after the other (decisions 0297, 0495).
     */
    private void readNextAhead(Path current) {
        if (readAhead == null || !readsAhead) {
            return;
        }
        List<WorklistEntry> order = shownOrder.get();
        List<Path> next = new java.util.ArrayList<>();
        Path at = current;
        while (next.size() < readAheadCases) {
            Path n = worklist.neighbour(order, at, 1).map(WorklistEntry::folder).orElse(null);
            if (n == null || n.equals(current) || next.contains(n)) {
                break;
            }
            next.add(n);
            at = n;
        }
        readAhead.after(next);
    }

    /** With the given way of opening cases (tests pass cases read once). */
    /**
     * {@code true}: opening a case leaves an unreadable saved state where it is (not set aside) — the
     * snapshot command only looks (decision 0263). Writes are suppressed by the saver's sink.
     */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public WorkstationViewModel(CaseReviews reviews, ReviewStateStore store, AutoSaver saver, TaskExecutor tasks,
                                Notifier notifier, Clock clock) {
        this.reviews = reviews;
        this.saver = saver;
        this.tasks = tasks;
        this.notifier = notifier;
        this.clock = clock;
        this.worklist = new WorklistViewModel(new Workspace(store), tasks, notifier, clock);
        this.review = new CaseReviewViewModel(reviews, saver, notifier);
        review.stateProperty().addListener((o, before, after) -> {
            if (after != null && openCase.get() != null) {
                worklist.updateStatus(openCase.get(), after.status());
                worklist.updateDecision(openCase.get(), after.decision(), after.standingRecommendation());
                if (after.request() != null && (before == null || before.request() != after.request())) {
                    worklist.updateRequest(openCase.get(), after.request());
                }
            }
        });
        review.evaluationProperty().addListener((o, before, after) -> keepRecommendation(after));
        review.setFilesCheck(this::openCaseFilesChanged);
    }

    /** The open case's submitted files as they were when its reading began (decision 0475), and whose. */
    private volatile java.util.Map<String, String> filesAtRead;
    private volatile Path filesAtReadOf;

    /**
     * What changed in the open case's submitted files since its reading began, in words; empty when nothing did
     * (or no case is open). A folder that can no longer be read counts as changed: fail closed.
     */
    private Optional<String> openCaseFilesChanged() {
        Path folder = openCase.get();
        Optional<String> changed = filesChanged(folder, filesAtRead);
        return changed.isPresent() ? changed : contentChanged(folder);
    }

    /**
     * Decision 0552: at a decision, a letter or a PAS response (not on the 15-s tick) the files' content is compared
     * too — the key taken of every file's bytes before the case was read (0246) against the bytes now — so a file
     * rewritten with the same size and modified time is not decided or sent on. Nothing to compare (a read-only
     * opening keeps no key) is no change.
     */
    private Optional<String> contentChanged(Path folder) {
        String before = shownFilesKey;
        if (folder == null || before == null || !folder.equals(shownFilesFolder) || !folder.equals(filesAtReadOf)) {
            return Optional.empty();
        }
        java.util.Map<String, String> now = CaseLoader.contentHashes(folder);
        if (now == null) {
            return Optional.of("the case folder could not be read");
        }
        if (before.equals(CaseLoader.keyOf(now))) {
            return Optional.empty();
        }
        // file names only (paths within the case), never what is in them (decision 0581)
        return Optional.of(org.imrtreview.store.worklist.SubmittedFiles.changes(byName(shownFilesHashes), byName(now))
                .map(named -> named + " (rewritten with the same size and time)")
                .orElse("a file was rewritten with the same size and time"));
    }

    private static java.util.Map<String, String> byName(java.util.Map<String, String> hashes) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        if (hashes != null) {
            hashes.forEach((path, hash) -> out.put(path.replace('\\', '/'), hash));
        }
        return out;
    }

    private Optional<String> filesChanged(Path folder, java.util.Map<String, String> before) {
        if (folder == null || before == null || !folder.equals(filesAtReadOf)) {
            return Optional.empty();
        }
        return org.imrtreview.store.worklist.SubmittedFiles.fingerprint(folder)
                .map(now -> org.imrtreview.store.worklist.SubmittedFiles.changes(before, now))
                .orElse(Optional.of("the case folder could not be read"));
    }

    /**
     * Looks at the open case's files again off the FX thread (the window regained focus, its light timer): a
     * change since it was read shows its banner at once and stops decisions until she reloads (decision 0475).
     */
    public void checkOpenCaseFiles() {
        Path folder = openCase.get();
        if (folder == null || screen.get() != Screen.CASE || caseLoading.get() || review.sessionProperty().get() == null
                || review.filesChangedProperty().get() != null || filesAtRead == null) {
            return;
        }
        java.util.Map<String, String> before = filesAtRead;
        tasks.execute("Checking the case's files", () -> filesChanged(folder, before), changed -> {
            if (folder.equals(openCase.get()) && !caseLoading.get()) {
                changed.ifPresent(review::filesChanged);
            }
        }, error -> { });
    }

    /**
     * The case on screen was evaluated: its worklist line shows the recommendation at once, and the
     * recommendation is kept beside the case with what it was computed from (decision 0246), so the
     * worklist can show it next time without reading the case. With a team store too, keyed on the store's
     * saved work (decision 0315), but not for a case opened read-only there; never when nothing may be
     * written (snapshot).
     */
    private void keepRecommendation(org.imrtreview.model.Evaluation evaluation) {
        Path folder = openCase.get();
        var session = review.session();
        if (evaluation == null || folder == null || session == null || !folder.equals(shownFilesFolder)) {
            return;
        }
        if (readOnly || shownFilesKey == null) {
            return;
        }
        LastEvaluation kept = LastEvaluations.of(evaluation.determination(), session.state(), shownFilesKey, clock.instant());
        worklist.evaluated(folder, Recommendation.current(kept.determination(), kept.at()));
        if (kept.work() == null || kept.equals(lastKept)) {
            return;
        }
        lastKept = kept;
        tasks.execute("Keeping the recommendation of " + folder.getFileName(), () -> {
            LastEvaluations.save(folder, kept);
            return null;
        }, done -> { }, error -> LOG.warn("the recommendation could not be kept beside the case: {}",
                error.getClass().getSimpleName()));
    }

    /**
     * Works on the team store from now on (before the worklist is shown): the worklist's shared rows,
     * locks on opening, saves through the store. {@code askReason} asks a lead why she takes a case over.
     */
    public void setTeam(TeamLink link, java.util.function.Supplier<Optional<String>> askReason) {
        this.team = link;
        this.askTakeOverReason = askReason;
        worklist.setTeam(link);
        link.onLost(c -> javafx.application.Platform.runLater(() -> lost(c)));
    }

    public TeamLink team() {
        return team;
    }

    /** What opening a case found: the case as read and, with a team store, its shared part. */
    private record Opened(CaseReviews.Read read, org.imrtreview.store.db.SharedCase shared, String holder, boolean lead,
                          String role, java.util.Map<String, String> filesHashes, CaseReviews.Opening opening) {
        Opened(CaseReviews.Read read, org.imrtreview.store.db.SharedCase shared, String holder, boolean lead, String role,
               java.util.Map<String, String> filesHashes) {
            this(read, shared, holder, lead, role, filesHashes, null);
        }

        /** An opening she may edit, its session made and evaluated here, off the FX thread (decision 0567). */
        Opened prepared(CaseReviewViewModel review) {
            if (shared != null && !shared.editing()) {
                return this;
            }
            try {
                return new Opened(read, shared, holder, lead, role, filesHashes, review.prepare(read));
            } catch (RuntimeException e) {
                return this; // made on the FX thread as before, where its failure is reported as before
            }
        }
    }

    private Opened readForWork(Path caseFolder, WorklistEntry entry) throws Exception {
        saver.flush();
        if (team == null) {
            // the files as they are before reading: a recommendation kept later is keyed on them (decision 0246)
            var filesHashes = readOnly ? null : CaseLoader.contentHashes(caseFolder);
            return new Opened(reviews.read(caseFolder, false, !readOnly), null, null, false, null, filesHashes);
        }
        org.imrtreview.store.db.SharedCase shared = team.open(caseFolder, org.imrtreview.store.db.CaseInfo.of(entry));
        try {
            String holder = shared.heldBy() == null ? null : shared.whoHas(shared.heldBy());
            var me = team.me();
            String role = me.map(r -> r.roles().toString()).orElse("none");
            // keyed before reading, as without a store; a read-only opening keeps nothing (decision 0315)
            var filesHashes = shared.editing() ? CaseLoader.contentHashes(caseFolder) : null;
            return new Opened(reviews.read(caseFolder, shared.saved(), shared.notices()), shared, holder,
                    me.map(r -> r.has(org.imrtreview.store.ReviewerRole.LEAD)).orElse(false), role, filesHashes);
        } catch (Exception | Error e) {
            team.release();
            throw e;
        }
    }

    private void show(Path caseFolder, Opened opened) {
        shownFilesFolder = caseFolder;
        shownFilesHashes = opened.filesHashes();
        shownFilesKey = CaseLoader.keyOf(opened.filesHashes());
        var shared = opened.shared();
        if (shared == null || shared.editing()) {
            if (opened.opening() != null) {
                review.show(opened.opening());
            } else {
                review.show(opened.read());
            }
            return;
        }
        String reason = shared.heldBy() == null
                ? "Read-only: your role in the team store (" + opened.role() + ") does not edit cases"
                : "Being edited by " + opened.holder() + " since " + when(shared.heldBy().takenAt())
                + " — read-only here: no edits, decisions or letters";
        review.showReadOnly(opened.read(), reason, opened.lead() && shared.heldBy() != null ? () -> takeOver(caseFolder) : null);
    }

    private String when(java.time.Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(at);
    }

    /** A lead takes the case on screen over from its holder: asked why, audited, then opened for her work. */
    public void takeOver(Path caseFolder) {
        if (team == null) {
            return;
        }
        Optional<String> reason = askTakeOverReason.get();
        if (reason.isEmpty()) {
            return;
        }
        String key = org.imrtreview.store.db.CaseKeys.of(caseFolder);
        tasks.execute("Taking over " + caseFolder.getFileName(), () -> {
            team.takeOver(key, reason.get());
            return null;
        }, done -> {
            notifier.success("You have taken over " + caseFolder.getFileName() + "; the team's audit trail records why.");
            openCase(caseFolder);
        }, error -> notifier.error(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
    }

    /** The case on screen can no longer be saved (taken over, its lock expired, saved by another): read-only, text kept. */
    private void lost(org.imrtreview.store.db.SharedCase c) {
        if (team == null || team.current() != c || review.session() == null) {
            return;
        }
        String why = c.refusal() == null ? "This case can no longer be saved here." : c.refusal();
        review.makeReadOnly(why, team.isLead() && c.heldBy() != null ? () -> takeOver(c.folder()) : null);
        review.caseNotices().error(why);
    }

    /** Gives the case's lock back off the FX thread, after its last changes are written. */
    private void releaseInBackground() {
        var closing = team == null ? null : team.current();
        if (closing == null) {
            return;
        }
        tasks.execute("Closing the case in the team store", () -> {
            saver.flush();
            team.release(closing);
            return null;
        }, done -> worklist.refreshShared(() -> { }), error -> { });
    }

    public void openWorkspace(Path folder, Runnable then) {
        worklist.open(folder, () -> {
            then.run();
            // while she reads the list the heavy reading code is loaded and run once on invented content
            // (decision 0312), then the case at its top is read (the one she most likely opens first)
            if (readAhead != null && !"false".equals(System.getProperty(WARM_UP_PROPERTY))) {
                readAhead.warmUp(org.imrtreview.intake.IntakeWarmUp::run);
            }
            if (screen.get() == Screen.WORKLIST) {
                readNextAhead(null);
            }
        });
    }

    /** Opens a case folder (from the worklist, a menu or a drop) and switches to the review screen. */
    public void openCase(Path folder) {
        beforeCaseOpens.run();
        if (pendingLoad != null) {
            pendingLoad.cancel();
        }
        Path caseFolder = folder.toAbsolutePath().normalize();
        // the case on screen closes first: its session, drafts and banners go before anything of
        // the next case shows, and while it loads every pane is neutral (decision 0141)
        review.clear();
        caseLoading.set(true);
        loadingFiles.setAll(listFiles(caseFolder));
        openCase.set(caseFolder);
        screen.set(Screen.CASE);
        WorklistEntry entry = worklist.find(caseFolder).orElseGet(() -> worklist.addOrRefresh(caseFolder));
        // its files as they are before they are read: a change from now on is noticed while it is open (0475)
        filesAtReadOf = caseFolder;
        filesAtRead = org.imrtreview.store.worklist.SubmittedFiles.fingerprint(caseFolder).orElse(null);
        // a case read ahead of her: this one's reading under way is waited for, any other's is stopped
        java.util.concurrent.Future<?> readingAhead = readAhead == null ? null : readAhead.claim(caseFolder);
        // the last session's work is written before it is read again (next, then back); with a team
        // store the last case's lock goes and this one's is taken (or it opens read-only)
        pendingLoad = tasks.execute("Opening case " + caseFolder.getFileName(), () -> {
                    ReadAhead.await(readingAhead);
                    return readForWork(caseFolder, entry).prepared(review);
                },
                loaded -> {
                    if (!caseFolder.equals(openCase.get())) {
                        return; // another case was opened meanwhile
                    }
                    caseLoading.set(false);
                    loadingFiles.clear();
                    show(caseFolder, loaded);
                    announceProblems(loaded.read().submitted());
                    readNextAhead(caseFolder);
                },
                error -> {
                    caseLoading.set(false);
                    loadingFiles.clear();
                    notifier.error("The case " + caseFolder.getFileName() + " could not be opened: "
                            + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
                });
    }

    /** One banner for the files that had problems, naming them (details are in the documents list). */
    private void announceProblems(ReviewCase reviewCase) {
        List<Problem> problems = reviewCase.problems();
        if (problems.isEmpty()) {
            return;
        }
        Notifier notifier = review.caseNotices();
        List<String> files = problems.stream().map(p -> p.file() == null ? "the case" : p.file()).distinct().toList();
        if (problems.size() == 1) {
            notifier.warning(problems.get(0).toString());
        } else if (files.size() == 1) {
            notifier.warning(files.get(0) + ": " + problems.get(0).message() + " (and " + (problems.size() - 1)
                    + " more — see Documents)");
        } else {
            notifier.warning(files.size() + " files have problems: " + String.join(", ", files) + " — see Documents.");
        }
    }

    private static List<String> listFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of(folder.getFileName().toString());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Moves to the next (+1) or previous (-1) case in the worklist as shown; false at either end. */
    public boolean step(List<WorklistEntry> shownOrder, int step) {
        Optional<WorklistEntry> target = worklist.neighbour(shownOrder, openCase.get(), step);
        target.ifPresent(e -> openCase(e.folder()));
        if (target.isEmpty()) {
            String end = step > 0 ? "the last case" : "the first case";
            notifier.info(worklist.filtered()
                    ? "This is " + end + " the worklist shows with its filter; clear the filter (Ctrl+F) to see every case."
                    : "This is " + end + " in the worklist.");
        }
        return target.isPresent();
    }

    /**
     * Runs first whenever a case is opened, before any of the case's state changes: the window builds
     * its case screen there on the first open instead of before its first frame.
     */
    public void beforeCaseOpens(Runnable action) {
        beforeCaseOpens = action;
    }

    /** Closes the open case: its session, drafts and banners go; a load still running is dropped. */
    public void closeCase() {
        if (pendingLoad != null) {
            pendingLoad.cancel();
            pendingLoad = null;
        }
        review.clear();
        caseLoading.set(false);
        loadingFiles.clear();
        openCase.set(null);
        screen.set(Screen.WORKLIST);
        releaseInBackground();
    }

    /** The worklist in front; with a team store the case's lock is given back (she opens it again to work on it). */
    public void backToWorklist() {
        screen.set(Screen.WORKLIST);
        releaseInBackground();
    }

    /**
     * Makes a new case folder in the workspace from dropped or chosen files (copied, never moved, so
     * the originals stay where the nurse had them) and returns it.
     */
    public Path createCaseFromFiles(List<Path> files, Path workspace, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path folder = workspace.resolve("new-case-" + stamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = workspace.resolve("new-case-" + stamp + "-" + n);
        }
        Files.createDirectories(folder);
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        LOG.info("created a case folder from {} dropped files", files.size());
        return folder;
    }

    /**
     * Where letters and exports of a case go: the outbox the nurse chose for this workspace, else the
     * workspace's default outbox (never inside a case folder: decision 0144).
     */
    @Override
    public Path outboxFor(Path caseFolder) {
        Path workspace = worklist.folderProperty().get();
        Path chosen = workspace == null ? null : chosenOutboxes.get(workspace.toAbsolutePath().normalize());
        if (chosen != null) {
            return chosen;
        }
        Path c = caseFolder != null ? caseFolder : openCase.get();
        if (c == null) {
            return workspace == null ? null : workspace.resolve(Outbox.FOLDER_NAME);
        }
        return Outbox.defaultFor(c, workspace);
    }

    /**
     * The nurse chooses the outbox of the open workspace (null: the default again). Returns the
     * sentence saying why not when the folder is inside a case.
     */
    public Optional<String> chooseOutbox(Path folder) {
        Path workspace = worklist.folderProperty().get();
        if (workspace == null) {
            return Optional.of("Open a workspace first: the outbox belongs to a workspace.");
        }
        Path key = workspace.toAbsolutePath().normalize();
        if (folder == null) {
            chosenOutboxes.remove(key);
            return Optional.empty();
        }
        if (Outbox.isInsideACase(folder, workspace, openCase.get())) {
            return Optional.of(folder + " is inside a case folder: a letter saved there would join the submission."
                    + " Choose a folder outside the cases.");
        }
        chosenOutboxes.put(key, folder.toAbsolutePath().normalize());
        return Optional.empty();
    }

    /** The outboxes chosen per workspace (the application remembers them). */
    public java.util.Map<Path, Path> chosenOutboxes() {
        return chosenOutboxes;
    }

    public WorklistViewModel worklist() {
        return worklist;
    }

    @Override
    public CaseReviewViewModel review() {
        return review;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    @Override
    public ObjectProperty<Path> openCaseProperty() {
        return openCase;
    }

    @Override
    public BooleanProperty caseLoadingProperty() {
        return caseLoading;
    }

    @Override
    public ObservableList<String> loadingFiles() {
        return loadingFiles;
    }
}
