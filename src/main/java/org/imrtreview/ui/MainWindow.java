package org.imrtreview.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.persist.StateSink;
import org.imrtreview.ui.casereview.CaseReviewView;
import org.imrtreview.ui.common.BannerArea;
import org.imrtreview.ui.common.DialogService;
import org.imrtreview.ui.common.FxDialogService;
import org.imrtreview.ui.common.Theme;
import org.imrtreview.ui.worklist.WorklistView;

/**
 * The workstation window's content: menu bar with accelerators for every frequent action,
 * notification banners, the worklist and case screens, and the status bar. Files or folders dropped
 * anywhere on it open (a folder of case folders as a workspace, a case folder as a case, loose files
 * as a new case).
 */
public final class MainWindow extends BorderPane {
    private final WorkstationServices services;
    private final WorkstationViewModel vm;
    private final BannerArea banners = new BannerArea();
    private final DialogService dialogs;
    private final AutoSaver saver;
    private final Timeline clockTick;
    private final WorklistView worklistView;
    /** Built when the first case opens (issue 17): the worklist's first frame does not wait for it. */
    private CaseReviewView caseView;
    private final List<Consumer<CaseReviewView>> whenCaseViewBuilt = new java.util.ArrayList<>();
    private final StackPane screens;
    private final CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
    private Consumer<Theme> themeListener = t -> { };
    private final org.imrtreview.ui.common.TextScale textScale = new org.imrtreview.ui.common.TextScale();
    private javafx.stage.Stage libraryStage;
    private org.imrtreview.ui.report.ReportsPane reportsPane;
    private PasActions pas;
    private final TeamLink team;
    /** Tools ▸ Audit trail: shown only to an auditor or a lead of the team store. */
    private final MenuItem auditItem = item("Audit trail…", null, this::showAuditTrail);
    private org.imrtreview.ui.audit.AuditTrailPane auditPane;

    public MainWindow(WorkstationServices services, DialogService dialogService) {
        this.services = services;
        this.dialogs = dialogService != null ? dialogService
                : new FxDialogService(() -> getScene() == null ? null : getScene().getWindow(), textScale);
        getStyleClass().add("workstation");
        textScale.bind(this);
        // Ctrl+= (the "+" key without Shift) and the keypad keys size the text too; the menu holds Ctrl+plus/minus/0
        textScale.keys(this, false);
        // dialogs and the evidence, library and reports windows take the same size (decision 0244)
        textScale.followWindows(this);
        this.team = services.team() == null || services.readOnly() ? null : new TeamLink(services.team());
        this.saver = new AutoSaver(services.readOnly() ? StateSink.discard() : team != null ? team : services.store(),
                (folder, message) -> banners.error(message));
        this.vm = new WorkstationViewModel(services.loader(), services.evaluator(), services.store(), saver,
                services.tasks(), banners, services.clock(), services.user());
        vm.setReadOnly(services.readOnly());
        if (team != null) {
            vm.setTeam(team, () -> dialogs.askText("Take over this case",
                    "Why do you take this case over from its holder? (kept in the team's audit trail)"));
        }
        worklistView = new WorklistView(vm.worklist(), vm::openCase);
        vm.setShownOrder(worklistView::shownOrder);
        screens = new StackPane(worklistView);
        worklistView.visibleProperty().bind(vm.screenProperty().isEqualTo(WorkstationViewModel.Screen.WORKLIST));
        // the case screen (its tabs, chart, viewers) is built as the first case starts to open, before
        // any of its state changes, so it sees that case's whole opening as if it had always been there
        vm.beforeCaseOpens(this::caseView);

        if (team != null) {
            onCaseView(view -> view.letter().recordIssuedIn((folder, pdf, name, kind, how) ->
                    team.store().issueLetter(org.imrtreview.store.db.CaseKeys.of(folder), pdf, name, kind,
                            org.imrtreview.store.db.TeamStore.IssuedAs.valueOf(how))));
            onCaseView(view -> view.documents().onViewed(this::recordViewed));
            // on the team store the signer is the account, never a name typed here (decision 0212)
            services.tasks().execute("Reading your account in the team store", team::me,
                    me -> useAccount(me.orElse(null)),
                    err -> banners.error("Your account in the team store could not be read: " + err.getMessage()));
        }
        pas = new PasActions(vm, dialogs, banners, services.clock(), this::openBundle, () -> caseView().letter().signer());
        if (team != null) {
            pas.recordLettersIn((folder, pdf, name, kind, how) -> team.store().issueLetter(
                    org.imrtreview.store.db.CaseKeys.of(folder), pdf, name, kind, org.imrtreview.store.db.TeamStore.IssuedAs.valueOf(how)));
        }
        setTop(new VBox(menuBar(), banners));
        setCenter(screens);
        setBottom(statusBar());
        installDragAndDrop();

        clockTick = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.worklist().tick()));
        clockTick.setCycleCount(Timeline.INDEFINITE);
        // the open case's files looked at again (attributes only) every 15 s and whenever the window regains the
        // focus — a fax dropped into the folder while she was in another program (decision 0475)
        filesTick = new Timeline(new KeyFrame(Duration.seconds(15), e -> vm.checkOpenCaseFiles()));
        filesTick.setCycleCount(Timeline.INDEFINITE);
        // the ticks run while the window is on a shown stage (decision 0612): a running timeline is held by the
        // toolkit's timer, and with it the whole window — a window taken off its stage (the next test's put on it,
        // a scene replaced) was never let go, 51 windows and 2.6 GB in one test run
        onShownStage = sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).orElse(false);
        onShownStage.addListener((o, was, shown) -> ticks(shown));
        ticks(onShownStage.getValue());
        javafx.beans.value.ChangeListener<Boolean> focused = (o, was, is) -> {
            if (is) {
                vm.checkOpenCaseFiles();
            }
        };
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, before, window) -> {
                    if (before != null) {
                        before.focusedProperty().removeListener(focused);
                    }
                    if (window != null) {
                        window.focusedProperty().addListener(focused);
                    }
                });
                if (scene.getWindow() != null) {
                    scene.getWindow().focusedProperty().addListener(focused);
                }
            }
        });
    }

    private final Timeline filesTick;
    /** Whether this window is on a stage that is showing; the ticks run only then (decision 0612). */
    private final javafx.beans.value.ObservableValue<Boolean> onShownStage;
    private boolean shutDown;

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open case…", "Shortcut+O", this::chooseCase),
                item("Open workspace…", "Shortcut+Shift+O", this::chooseWorkspace),
                item("New case from files…", "Shortcut+N", this::chooseFiles),
                item("Open PAS request bundle…", null, pas::openRequestBundle),
                item("Reload", "F5", this::reload),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", this::saveNow),
                heldWhileFilesChanged(item("Print letter…", "Shortcut+P", () -> onCase(() -> {
                    caseView().showLetter();
                    caseView().letter().print();
                }))),
                heldWhileFilesChanged(item("Save letter as PDF…", "Shortcut+Shift+S", () -> onCase(() -> {
                    caseView().showLetter();
                    caseView().letter().saveAs();
                }))),
                heldWhileFilesChanged(item("Export decision as PAS response…", null, () -> onCase(pas::exportResponse))),
                heldWhileFilesChanged(item("Export PAS response line by line…", null, () -> onCase(pas::exportByServiceLine))),
                new SeparatorMenuItem(),
                item("Exit", "Shortcut+Q", () -> {
                    if (getScene() != null && getScene().getWindow() != null) {
                        getScene().getWindow().hide();
                    }
                }));
        Menu review = new Menu("_Case");
        review.getItems().addAll(
                item("Worklist", "Shortcut+W", this::backToWorklist),
                item("Next case", "Shortcut+PERIOD", () -> step(1)),
                item("Previous case", "Shortcut+COMMA", () -> step(-1)),
                new SeparatorMenuItem(),
                heldWhileFilesChanged(item("Approve", "Shortcut+Shift+A", () -> decide(NurseDecision.APPROVE))),
                heldWhileFilesChanged(item("Request information", "Shortcut+Shift+I", () -> decide(NurseDecision.REQUEST_INFO))),
                heldWhileFilesChanged(item("Refer to physician reviewer", "Shortcut+Shift+R", () -> decide(NurseDecision.REFER))),
                new SeparatorMenuItem(),
                // the two boxes she types into, from anywhere on the case screen (decision 0661)
                item("Reason for your decision", "Shortcut+Shift+W", () -> onCase(() -> caseView().focusReason())),
                item("Notes", "Shortcut+Shift+N", () -> onCase(() -> caseView().focusNotes())),
                new SeparatorMenuItem(),
                item("Request details", "Shortcut+E", () -> onCase(() -> caseView().showRequestDetails())),
                item("Preview letter", "Shortcut+L", () -> onCase(() -> {
                    caseView().showLetter();
                    caseView().letter().preview();
                })));
        Menu view = new Menu("_View");
        darkTheme.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        darkTheme.setOnAction(e -> themeListener.accept(darkTheme.isSelected() ? Theme.DARK : Theme.LIGHT));
        view.getItems().addAll(item("Find in worklist", "Shortcut+F", () -> {
            backToWorklist();
            worklistView.focusFilter();
        }), item("Document in its own window", "Shortcut+Shift+E", () -> onCase(() -> caseView().documents().openInOwnWindow())),
                darkTheme, new SeparatorMenuItem(),
                item("Larger text", "Shortcut+PLUS", textScale::larger),
                item("Smaller text", "Shortcut+MINUS", textScale::smaller),
                item("Normal text size", "Shortcut+0", textScale::reset));
        auditItem.setId("auditTrailMenuItem");
        auditItem.setVisible(false); // until the team store's account says auditor or lead
        Menu tools = new Menu("_Tools");
        tools.getItems().addAll(item("Constraint library…", "Shortcut+Shift+L", this::showLibrary),
                item("Reports…", null, this::showReports),
                auditItem,
                item("Who is using this workstation…", null, this::askIdentity),
                item("Settings…", null, this::showSettings));
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", () -> dialogs.showKeys("Keyboard shortcuts", Shortcuts.SECTIONS)),
                item("About", null, () -> dialogs.showText("About", "IMRT Review Workstation 0.1\n\n"
                        + "Everything runs on this computer; no patient data leaves it.")));
        MenuBar bar = new MenuBar(file, review, view, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * A decision, letter or response item (and its shortcut) is off while the case's files changed since it was read,
     * until she reloads (F5), like the case's own buttons (decision 0550).
     */
    private MenuItem heldWhileFilesChanged(MenuItem item) {
        item.disableProperty().bind(vm.review().filesChangedProperty().isNotNull());
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            String task = services.tasks().messageProperty().get();
            if (task != null && !task.isEmpty()) {
                return task + "…";
            }
            var s = vm.review().stateProperty().get();
            if (notice.get() != null && vm.screenProperty().get() == WorkstationViewModel.Screen.CASE && s != null) {
                return notice.get();
            }
            if (vm.screenProperty().get() != WorkstationViewModel.Screen.CASE || s == null) {
                return team == null ? "Ready" : "Team store: " + team.store().database().description();
            }
            if (!vm.review().editable()) {
                return "Read-only: nothing you do here is saved";
            }
            return team == null ? "Work on this case is saved automatically beside it (.imrt-review)"
                    : "Work on this case is saved automatically in the team store";
        }, services.tasks().messageProperty(), vm.screenProperty(), vm.review().stateProperty(), vm.review().editableProperty(),
                notice));
        vm.openCaseProperty().addListener((o, a, b) -> notice.set(null));
        vm.screenProperty().addListener((o, a, b) -> {
            if (b != WorkstationViewModel.Screen.CASE) {
                notice.set(null);
            }
            banners().caseScreenShown(b == WorkstationViewModel.Screen.CASE); // decision 0584
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(services.tasks().runningProperty().greaterThan(0));
        Label workspace = new Label();
        workspace.getStyleClass().add("text-muted");
        workspace.textProperty().bind(Bindings.createStringBinding(() -> vm.worklist().folderProperty().get() == null
                ? "No workspace" : "Workspace: " + vm.worklist().folderProperty().get(), vm.worklist().folderProperty()));
        Label user = new Label();
        user.setId("statusUser");
        user.textProperty().bind(Bindings.createStringBinding(() -> {
            var who = vm.review().identityProperty().get();
            return who == null ? "User: " + services.user() : who.signature() + " (" + who.role().title() + ")";
        }, vm.review().identityProperty()));
        user.getStyleClass().add("text-muted");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, message, spring, workspace, user);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            List<Path> paths = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList() : List.of();
            e.setDropCompleted(!paths.isEmpty());
            e.consume();
            if (!paths.isEmpty()) {
                Platform.runLater(() -> openDropped(paths));
            }
        });
    }

    /** A workspace folder, a case folder, or loose files (copied into a new case). */
    public void openDropped(List<Path> paths) {
        if (paths.size() == 1 && org.imrtreview.pas.PasInbox.isBundle(paths.get(0))) {
            openBundle(paths.get(0));
            return;
        }
        if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
            Path folder = paths.get(0);
            if (looksLikeWorkspace(folder)) {
                openWorkspace(folder);
            } else {
                vm.openCase(folder);
            }
            return;
        }
        List<Path> files = paths.stream().filter(Files::isRegularFile).toList();
        if (files.isEmpty()) {
            banners.warning("Drop a case folder, a workspace folder, or the submitted files of one case.");
            return;
        }
        createCase(files);
    }

    /**
     * Paths handed over by the desktop: a file inside a case folder (one with request.json or the
     * workstation's saved work) opens that case; anything else is treated as dropped on the window
     * (a folder opens, loose files are copied into a new case).
     */
    public void openFromDesktop(List<Path> paths) {
        if (paths.size() == 1 && Files.isRegularFile(paths.get(0))) {
            Path folder = paths.get(0).toAbsolutePath().getParent();
            if (folder != null && isCaseFolder(folder)) {
                vm.openCase(folder);
                return;
            }
        }
        openDropped(paths);
    }

    static boolean isCaseFolder(Path folder) {
        return Files.isRegularFile(folder.resolve("request.json")) || Files.isDirectory(folder.resolve(".imrt-review"));
    }

    /** A Da Vinci PAS request bundle becomes a case in pas-inbox/ (docs/pas.md), then opens like one. */
    private void openBundle(Path bundle) {
        try {
            org.imrtreview.pas.PasImport imported = new org.imrtreview.pas.PasImporter().importBundle(bundle);
            banners.info((imported.alreadyImported() ? "This PAS request was imported before: " : "PAS request imported as case ")
                    + imported.caseFolder().getFileName() + " in " + imported.caseFolder().getParent() + ".");
            vm.openCase(imported.caseFolder());
        } catch (org.imrtreview.pas.PasException ex) {
            banners.error(bundle.getFileName() + " could not be made into a case; nothing was imported. "
                    + String.join(" ", ex.problems().stream().map(p -> p.endsWith(".") ? p : p + ".").toList()));
        }
    }

    private void createCase(List<Path> files) {
        Path workspace = vm.worklist().folderProperty().get();
        if (workspace == null) {
            workspace = dialogs.chooseWorkspace(null).orElse(null);
            if (workspace == null) {
                return;
            }
        }
        try {
            Path folder = vm.createCaseFromFiles(files, workspace, services.clock());
            banners.info("New case " + folder.getFileName() + " created in the workspace with " + files.size()
                    + (files.size() == 1 ? " file." : " files."));
            vm.openCase(folder);
        } catch (IOException ex) {
            banners.error("A new case could not be created in " + workspace + ": " + ex.getMessage());
        }
    }

    /**
     * A folder of case folders: it has sub-folders and, at its top, no submitted files (a README
     * or notes beside the cases do not make it a case).
     */
    public static boolean looksLikeWorkspace(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> visible = children.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            boolean hasFolders = visible.stream().anyMatch(Files::isDirectory);
            boolean hasSubmittedFiles = visible.stream().filter(Files::isRegularFile).anyMatch(p -> !isWorkspaceNote(p));
            return hasFolders && !hasSubmittedFiles;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isWorkspaceNote(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("readme") || n.endsWith(".md") || n.equals("thumbs.db") || n.equals("desktop.ini");
    }

    public void openWorkspace(Path folder) {
        openWorkspace(folder, () -> { });
    }

    /** Opens a workspace; {@code then} runs once its worklist is read (on the FX thread). */
    public void openWorkspace(Path folder, Runnable then) {
        vm.backToWorklist();
        vm.openWorkspace(folder, () -> {
            worklistView.table().getSelectionModel().selectFirst();
            worklistView.table().requestFocus();
            buildCaseViewSoon();
            then.run();
        });
    }

    /**
     * A sentence for the status line about the case open now (decision 0474: a case reopened after the
     * workstation stopped); it goes when another case opens or she goes back to the worklist.
     */
    public void showNotice(String text) {
        notice.set(text);
    }

    /** The status line's notice, or null. */
    public String notice() {
        return notice.get();
    }

    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty(this, "notice");

    /** The published-constraint library in its own window, so it can sit on the second monitor. */
    private void showLibrary() {
        if (libraryStage == null) {
            libraryStage = new javafx.stage.Stage();
            libraryStage.setTitle("Published constraint library");
            javafx.scene.Scene scene = new javafx.scene.Scene(new org.imrtreview.ui.library.ConstraintLibraryPane(), 1000, 680);
            scene.getStylesheets().setAll(getScene().getStylesheets());
            libraryStage.setScene(scene);
            if (getScene() != null && getScene().getWindow() != null) {
                libraryStage.initOwner(getScene().getWindow());
            }
        }
        libraryStage.show();
        libraryStage.toFront();
    }

    /** The workspace and its outbox (where letters and exports go), which the nurse may change. */
    /**
     * Tools ▸ Who is using this workstation: name, credentials, role (kept in the local preferences by the
     * app). On the team store it only says who the account is: a lead changes accounts, not the workstation.
     */
    public void askIdentity() {
        if (team != null) {
            var who = identityProperty().get();
            dialogs.showText("Who is using this workstation", (who == null
                    ? "The login " + team.login() + " is not an active reviewer of this team store."
                    : "You are " + who.signature() + " (" + who.role().title() + "), login " + team.login() + ".")
                    + "\n\nOn the team store your name, credentials and role are your account's: they sign your letters and"
                    + " decisions, and only a lead changes them (db reviewer-add).");
            return;
        }
        dialogs.askIdentity(identityProperty().get()).ifPresent(identityProperty()::set);
    }

    /**
     * A submitted document went on screen: the team store's audit trail records who saw which file (by name
     * and SHA-256) of which case, once per file per opening (issue 18, "viewed document"). Hashing and the
     * store's write run off the FX thread; a viewing the store could not record is said on screen, never logged
     * with its file name (a name may carry a member's).
     */
    private void recordViewed(Path folder, org.imrtreview.model.Document doc) {
        org.imrtreview.store.db.SharedCase open = team.current();
        if (open == null || open.folder() == null || !open.folder().equals(folder) || doc == null) {
            return;
        }
        services.tasks().execute("Recording in the team store", () -> open.viewed(doc.file()), recorded -> { },
                err -> banners.warning("The team store could not record that you viewed "
                        + org.imrtreview.logging.VisibleText.escape(doc.file()) + ": "
                        + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage())
                        + " Tell your lead: the audit trail misses this viewing."));
    }

    /** The team store's account is who works here: the physician's identity and the letter's signer. */
    private void useAccount(org.imrtreview.store.db.Reviewer account) {
        identityProperty().set(account == null ? null : account.identity());
        auditItem.setVisible(account != null && account.active() && (account.has(org.imrtreview.store.ReviewerRole.AUDITOR)
                || account.has(org.imrtreview.store.ReviewerRole.LEAD)));
        onCaseView(view -> {
            var signer = view.letter().reviewerField();
            signer.setEditable(false);
            signer.setTooltip(new javafx.scene.control.Tooltip("Your account in the team store signs your letters; a lead changes it"));
            signer.setText(account == null ? "" : account.identity().signature());
        });
        if (account == null) {
            banners.warning("The login " + team.login() + " is not an active reviewer of this team store: you can read,"
                    + " but not sign or decide. A lead adds you (db reviewer-add).");
        }
    }

    /** Who is using the workstation (null until she says); the physician's actions are recorded under it. */
    public javafx.beans.property.ObjectProperty<org.imrtreview.store.ReviewerIdentity> identityProperty() {
        return vm.review().identityProperty();
    }

    /** Tools ▸ Reports: the department report of the open workspace, in its own window. */
    public void showReports() {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setTitle("Reports");
        reportsPane = new org.imrtreview.ui.report.ReportsPane(() -> vm.worklist().folderProperty().get(), services.tasks(),
                services.clock(), team == null ? null : team.store()); // on a store its figures are the team's
        javafx.scene.Scene scene = new javafx.scene.Scene(reportsPane, 1000, 720);
        if (getScene() != null) {
            scene.getStylesheets().setAll(getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("theme")));
            if (getScene().getWindow() != null) {
                stage.initOwner(getScene().getWindow());
            }
        }
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Tools ▸ Audit trail (an auditor or a lead on the team store): the store's events, or the open case's,
     * with filters, whether the chain verifies, and their export, in a read-only window of its own.
     */
    public void showAuditTrail() {
        if (team == null) {
            banners.info("The audit trail is the team store's: start the workstation with --db to read it.");
            return;
        }
        Path open = vm.screenProperty().get() == WorkstationViewModel.Screen.CASE ? vm.openCaseProperty().get() : null;
        var model = new org.imrtreview.ui.audit.AuditTrailViewModel(team.store(), services.tasks(),
                open == null ? null : org.imrtreview.store.db.CaseKeys.of(open));
        auditPane = new org.imrtreview.ui.audit.AuditTrailPane(model, dialogs, services.tasks(), services.clock(),
                () -> vm.outboxFor(null));
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setTitle("Audit trail — " + team.store().database().description());
        javafx.scene.Scene scene = new javafx.scene.Scene(auditPane, 1180, 700);
        if (getScene() != null) {
            scene.getStylesheets().setAll(getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("theme")));
            if (getScene().getWindow() != null) {
                stage.initOwner(getScene().getWindow());
            }
        }
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    /** The audit trail window's pane last opened (tests). */
    org.imrtreview.ui.audit.AuditTrailPane auditPane() {
        return auditPane;
    }

    /** Tools ▸ Audit trail (tests: visible to an auditor or a lead only). */
    MenuItem auditMenuItem() {
        return auditItem;
    }

    /** The Reports window's pane last opened (tests). */
    org.imrtreview.ui.report.ReportsPane reportsPane() {
        return reportsPane;
    }

    private void showSettings() {
        Path workspace = vm.worklist().folderProperty().get();
        Path outbox = vm.outboxFor(null);
        String text = "Workspace: " + (workspace == null ? "none open" : workspace)
                + "\n\nOutbox (letters and exports are saved here, never inside a case folder, so nothing the"
                + " program writes joins a submission): " + (outbox == null ? "open a workspace first" : outbox)
                + "\n\nSigned by (letters): the name typed in the Letter tab."
                + "\nReview work: saved beside each case in .imrt-review (never in the submitted files).";
        if (workspace == null) {
            dialogs.showText("Settings", text);
            return;
        }
        if (dialogs.confirm("Settings", text + "\n\nChoose another outbox folder for this workspace?")) {
            dialogs.chooseWorkspace(outbox).ifPresent(folder -> vm.chooseOutbox(folder).ifPresentOrElse(banners::warning,
                    () -> banners.success("Letters of this workspace are now saved in " + folder + ".")));
        }
    }

    private void chooseCase() {
        dialogs.chooseCaseFolder(vm.worklist().folderProperty().get()).ifPresent(vm::openCase);
    }

    private void chooseWorkspace() {
        dialogs.chooseWorkspace(vm.worklist().folderProperty().get()).ifPresent(this::openWorkspace);
    }

    private void chooseFiles() {
        List<Path> files = dialogs.chooseCaseFiles(vm.worklist().folderProperty().get());
        if (!files.isEmpty()) {
            openDropped(files); // a single PAS bundle opens as its case; other files make a new case
        }
    }

    private void reload() {
        if (vm.screenProperty().get() == WorkstationViewModel.Screen.CASE && vm.openCaseProperty().get() != null) {
            saver.flush();
            vm.openCase(vm.openCaseProperty().get());
        } else {
            vm.worklist().reload(() -> { });
        }
    }

    private void saveNow() {
        saver.flush();
        banners.success("All work is saved.");
    }

    private void backToWorklist() {
        vm.backToWorklist();
        if (vm.openCaseProperty().get() != null) {
            worklistView.select(vm.openCaseProperty().get());
        }
        worklistView.table().requestFocus();
    }

    private void step(int direction) {
        if (vm.screenProperty().get() == WorkstationViewModel.Screen.WORKLIST) {
            int index = worklistView.table().getSelectionModel().getSelectedIndex() + direction;
            if (index >= 0 && index < worklistView.table().getItems().size()) {
                worklistView.table().getSelectionModel().select(index);
            }
            return;
        }
        vm.step(worklistView.shownOrder(), direction);
    }

    private void decide(NurseDecision decision) {
        onCase(() -> caseView().determination().decide(decision));
    }

    private void onCase(Runnable action) {
        if (vm.screenProperty().get() != WorkstationViewModel.Screen.CASE || vm.review().state() == null) {
            banners.info("Open a case first.");
            return;
        }
        action.run();
    }

    /** Called when the nurse picks a theme; the application applies and remembers it. */
    public void onThemeChange(Consumer<Theme> listener, Theme current) {
        this.themeListener = listener;
        darkTheme.setSelected(current == Theme.DARK);
    }

    /** The size of the window's text (View ▸ Larger text, Ctrl+plus); the application remembers it. */
    public org.imrtreview.ui.common.TextScale textScale() {
        return textScale;
    }

    private void ticks(boolean on) {
        if (on && !shutDown) {
            clockTick.play();
            filesTick.play();
        } else {
            clockTick.stop();
            filesTick.stop();
        }
    }

    public void shutdown() {
        shutDown = true;
        clockTick.stop(); // a closed window's minute tick would read the team store through its stopped task pool
        filesTick.stop();
        saver.close();
        if (team != null) {
            team.close(); // the case's lock is given back (else it expires after 2 minutes)
        }
        services.tasks().shutdown();
        vm.shutdown();
    }

    public WorkstationViewModel viewModel() {
        return vm;
    }

    public BannerArea banners() {
        return banners;
    }

    /** The case screen, built now if no case has been opened yet. */
    public CaseReviewView caseView() {
        if (caseView == null) {
            caseView = new CaseReviewView(vm, services.tasks(), dialogs, banners, services.letters(),
                    services.clock(), this::backToWorklist, () -> step(-1), () -> step(1));
            caseView.visibleProperty().bind(vm.screenProperty().isEqualTo(WorkstationViewModel.Screen.CASE));
            screens.getChildren().add(caseView);
            List<Consumer<CaseReviewView>> waiting = List.copyOf(whenCaseViewBuilt);
            whenCaseViewBuilt.clear();
            waiting.forEach(w -> w.accept(caseView));
        }
        return caseView;
    }

    /**
     * Once the worklist is on screen, the case screen is built in the FX thread's next quiet moment (a
     * few frames later), so the first case the nurse opens does not wait for it either.
     */
    private void buildCaseViewSoon() {
        if (caseView != null) {
            return;
        }
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(Duration.millis(400));
        later.setOnFinished(e -> caseView());
        later.play();
    }

    /**
     * Runs {@code setUp} on the case screen: now if it is built, else as soon as it is (the first case
     * opened). For what the application puts on it from the preferences, like the letter's signer.
     */
    public void onCaseView(Consumer<CaseReviewView> setUp) {
        if (caseView != null) {
            setUp.accept(caseView);
        } else {
            whenCaseViewBuilt.add(setUp);
        }
    }

    public WorklistView worklistView() {
        return worklistView;
    }

    /** The tie to the team store (null without one). */
    public TeamLink team() {
        return team;
    }

    public AutoSaver saver() {
        return saver;
    }
}
