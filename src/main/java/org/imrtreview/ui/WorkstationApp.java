package org.imrtreview.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.imrtreview.ui.common.Theme;
import org.imrtreview.ui.common.UserPrefs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation application: builds the window, restores its size, position, theme and last
 * workspace (the bundled samples on first run), and saves them on close.
 */
public final class WorkstationApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;
    /** Under the worklist of the bundled samples on a first start (decision 0452). */
    static final String SAMPLES_HINT = "These are the bundled sample cases, to try the workstation: fictional members,"
            + " with example dates (so most show as overdue). Select one and press Enter (or double-click) to review it;"
            + " F1 lists the keyboard shortcuts. To work your own cases: File \u25b8 Open workspace\u2026 (Ctrl+Shift+O),"
            + " or drop a case folder onto the window.";

    /** Where the window's services come from; tests hand in their own (a held workspace scan). */
    static java.util.function.Supplier<WorkstationServices> services = WorkstationServices::standard;

    private MainWindow window;
    private UserPrefs prefs;
    private org.imrtreview.store.db.TeamDatabase teamDatabase;

    /** The window this application shows (null before {@link #start}). */
    MainWindow window() {
        return window;
    }

    public static void launchWindow(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        prefs = UserPrefs.standard();
        WorkstationServices chosen = services.get();
        String db = TeamOption.chosen(rawArgs(), prefs);
        if (db != null) {
            try {
                teamDatabase = org.imrtreview.store.db.TeamDatabase.forArgument(db);
                chosen = chosen.withTeam(TeamOption.store(teamDatabase, chosen.user()));
            } catch (org.imrtreview.store.db.TeamStoreException e) {
                // no quiet fall-back to the files beside the cases: the team's work would split in two
                if (teamDatabase != null) {
                    teamDatabase.close();
                }
                LOG.warn("team database could not be opened: {}", e.getClass().getSimpleName());
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        e.getMessage() + "\n\nThe workstation does not fall back to saving beside the cases: the team's work"
                        + " would split in two. Ask your lead or IT to check the database; to work alone on files instead,"
                        + " start it once with --db none.");
                alert.setHeaderText("The team database could not be opened");
                alert.setTitle("IMRT Review Workstation");
                alert.showAndWait();
                javafx.application.Platform.exit();
                return;
            }
        }
        window = new MainWindow(chosen, null);
        Theme theme = prefs.theme();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        theme.apply(scene);
        window.onThemeChange(t -> {
            t.apply(scene);
            prefs.theme(t);
        }, theme);
        window.textScale().set(prefs.textScale());
        window.textScale().percentProperty().addListener((o, a, p) -> {
            prefs.textScale(p.intValue());
            prefs.flush();
        });
        if (window.team() == null) {
            // on the team store the account is who signs and decides (MainWindow), not what this desk remembers
            window.onCaseView(view -> {
                var signer = view.letter().reviewerField();
                signer.setText(prefs.reviewer());
                signer.textProperty().addListener((o, a, b) -> prefs.reviewer(b));
            });
            window.identityProperty().set(prefs.identity());
            window.identityProperty().addListener((o, a, b) -> {
                prefs.identity(b);
                prefs.flush();
            });
        }
        stage.setTitle("IMRT Review Workstation");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        restoreBounds(stage);
        stage.setOnHidden(e -> saveBounds(stage));
        // shown first, then the workspace is read off the FX thread: the nurse sees the window (with a
        // "reading" worklist) while the scan runs, never a blank wait (decision 0231)
        stage.show();
        openStartWorkspace();
        openFromDesktop();
        LOG.info("window shown in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void openStartWorkspace() {
        Path last = prefs.lastWorkspace();
        Path start = last != null && Files.isDirectory(last) ? last : SamplesLocator.find();
        if (start == null) {
            window.banners().info("Open a workspace (File ▸ Open workspace…) or drop a case folder onto the window.");
            return;
        }
        Path stoppedOn = start.equals(last) ? prefs.openCase() : null;
        window.openWorkspace(start, () -> reopenAfterStop(start, stoppedOn));
        rememberOpenCase();
        if (!start.equals(last)) {
            // a first start: the bundled samples, which a new nurse must not take for her queue (decision 0452)
            window.worklistView().showHint(start, SAMPLES_HINT);
        }
        window.viewModel().worklist().folderProperty().addListener((o, a, f) -> {
            if (f != null) {
                prefs.lastWorkspace(f);
            }
        });
    }

    /**
     * Decision 0474: the case that was open when the workstation stopped (killed, crashed) opens again once the
     * worklist is read — its own saved work, read from its own folder (or the team store) as any opening does —
     * and the status line says so. Only a case of the workspace that opened, still listed; nothing otherwise.
     */
    private void reopenAfterStop(Path workspace, Path stoppedOn) {
        if (stoppedOn == null) {
            return;
        }
        Path folder = stoppedOn.toAbsolutePath().normalize();
        WorkstationViewModel vm = window.viewModel();
        if (!folder.startsWith(workspace.toAbsolutePath().normalize()) || vm.openCaseProperty().get() != null
                || vm.worklist().find(folder).isEmpty()) {
            return;
        }
        LOG.info("reopening the case open when the workstation stopped");
        vm.openCase(folder);
        window.showNotice("Reopened " + folder.getFileName() + ": it was open when the workstation stopped.");
    }

    /** Keeps the open case in the preferences, written at once, so a stop of any kind leaves it there. */
    private void rememberOpenCase() {
        WorkstationViewModel vm = window.viewModel();
        Runnable remember = () -> {
            Path now = vm.screenProperty().get() == WorkstationViewModel.Screen.CASE ? vm.openCaseProperty().get() : null;
            if (!java.util.Objects.equals(now, prefs.openCase())) {
                prefs.openCase(now);
                prefs.flush();
            }
        };
        vm.openCaseProperty().addListener((o, a, b) -> remember.run());
        vm.screenProperty().addListener((o, a, b) -> remember.run());
    }

    /** Files or folders the desktop handed over ("Open with", a double-clicked PDF). */
    private void openFromDesktop() {
        if (getParameters() == null) {
            return; // started by hand (tests), not by Application.launch
        }
        List<Path> paths = TeamOption.withoutDb(getParameters().getRaw()).stream().map(DesktopPaths::of)
                .filter(Objects::nonNull).toList();
        if (!paths.isEmpty()) {
            window.openFromDesktop(paths);
        }
    }

    private List<String> rawArgs() {
        return getParameters() == null ? List.of() : getParameters().getRaw();
    }

    /** Puts the window where it was, if that place is still on one of the screens (monitors change). */
    private void restoreBounds(Stage stage) {
        UserPrefs.WindowBounds b = prefs.windowBounds();
        if (b == null) {
            stage.centerOnScreen();
            return;
        }
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        boolean visible = !Double.isNaN(b.x()) && !Screen.getScreensForRectangle(b.x(), b.y(), Math.min(b.width(), 200), 40).isEmpty();
        if (visible) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    private void saveBounds(Stage stage) {
        prefs.openCase(null); // closed on purpose: nothing to reopen at the next start (decision 0474)
        if (!stage.isMaximized()) {
            prefs.windowBounds(new UserPrefs.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            UserPrefs.WindowBounds old = prefs.windowBounds();
            if (old != null) {
                prefs.windowBounds(new UserPrefs.WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
            }
        }
        prefs.flush();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
        if (prefs != null) {
            prefs.flush();
        }
        if (teamDatabase != null) {
            teamDatabase.close();
        }
    }
}
