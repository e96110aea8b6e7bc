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
import org.imrtreview.store.AutoSaver;
import org.imrtreview.store.ReviewStateStore;
import org.imrtreview.store.WorklistEntry;
import org.imrtreview.store.Workspace;
import org.imrtreview.ui.casereview.CaseEvaluator;
import org.imrtreview.ui.casereview.CaseReviewViewModel;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.digitize.SavedDigitising;
import org.imrtreview.ui.worklist.WorklistViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: which screen shows, which case is open, and the moves between them (open a
 * workspace or a case, next/previous case, back to the worklist, a new case from dropped files).
 * Case loading runs off the FX thread; opening another case while one loads drops the first.
 */
public final class WorkstationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationViewModel.class);

    public enum Screen { WORKLIST, CASE }

    private final CaseLoader loader;
    private final ReviewStateStore store;
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

    public WorkstationViewModel(CaseLoader loader, CaseEvaluator evaluator, ReviewStateStore store, AutoSaver saver,
                                TaskExecutor tasks, Notifier notifier, Clock clock, String user) {
        this.loader = loader;
        this.store = store;
        this.tasks = tasks;
        this.notifier = notifier;
        this.worklist = new WorklistViewModel(new Workspace(store), tasks, notifier, clock);
        this.review = new CaseReviewViewModel(evaluator, saver, notifier, clock, user);
        review.stateProperty().addListener((o, before, after) -> {
            if (after != null && openCase.get() != null) {
                worklist.updateStatus(openCase.get(), after.status());
                if (after.request() != null && (before == null || before.request() != after.request())) {
                    worklist.updateRequest(openCase.get(), after.request());
                }
            }
        });
    }

    public void openWorkspace(Path folder, Runnable then) {
        worklist.open(folder, then);
    }

    /** Opens a case folder (from the worklist, a menu or a drop) and switches to the review screen. */
    public void openCase(Path folder) {
        if (pendingLoad != null) {
            pendingLoad.cancel();
        }
        Path caseFolder = folder.toAbsolutePath().normalize();
        openCase.set(caseFolder);
        review.clear();
        loadingFiles.setAll(listFiles(caseFolder));
        caseLoading.set(true);
        screen.set(Screen.CASE);
        if (worklist.find(caseFolder).isEmpty()) {
            worklist.addOrRefresh(caseFolder);
        }
        pendingLoad = tasks.execute("Opening case " + caseFolder.getFileName(), () -> load(caseFolder),
                loaded -> {
                    caseLoading.set(false);
                    loadingFiles.clear();
                    if (loaded.stateProblem() != null) {
                        notifier.warning(loaded.stateProblem());
                    }
                    review.show(loaded.reviewCase(), loaded.state(), loaded.digitising());
                    announceProblems(loaded.reviewCase());
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

    private LoadedCase load(Path caseFolder) throws Exception {
        ReviewCase reviewCase = loader.load(caseFolder);
        ReviewStateStore.Loaded state = store.load(caseFolder);
        // the nurse's digitising work counts from the first evaluation she sees (decision 0090)
        SavedDigitising.Restoration digitising = state.state().digitised().isEmpty()
                ? SavedDigitising.Restoration.none() : new SavedDigitising().restore(reviewCase, state.state());
        return new LoadedCase(reviewCase, state.state(), state.problem(), digitising);
    }

    private record LoadedCase(ReviewCase reviewCase, org.imrtreview.store.ReviewState state, String stateProblem,
                              SavedDigitising.Restoration digitising) {
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

    public void backToWorklist() {
        screen.set(Screen.WORKLIST);
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

    public WorklistViewModel worklist() {
        return worklist;
    }

    public CaseReviewViewModel review() {
        return review;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Path> openCaseProperty() {
        return openCase;
    }

    public BooleanProperty caseLoadingProperty() {
        return caseLoading;
    }

    public ObservableList<String> loadingFiles() {
        return loadingFiles;
    }
}
