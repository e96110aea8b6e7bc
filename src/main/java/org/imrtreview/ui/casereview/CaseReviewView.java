package org.imrtreview.ui.casereview;

import java.time.Clock;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.ui.chart.DvhChartPane;
import org.imrtreview.ui.common.DialogService;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.letter.LetterService;

/**
 * The case review screen: documents on the left, the evaluated summary table with the DVH views,
 * letter and history in the middle, the recommendation, decision, notes and checklist on the right.
 */
public final class CaseReviewView extends BorderPane {
    private final SummaryTableView table;
    private final DeterminationPane determination;
    private final LetterPane letter;
    private final DocumentsPane documents;
    private final TabPane lowerTabs = new TabPane();
    private final Tab letterTab;
    private final Tab requestTab;
    private final Label tableCaption = new Label();
    /** The notes box and the right panel's scroll pane, which a shortcut brings into view (decision 0661). */
    private final TextArea notes = new TextArea();
    private ScrollPane right;
    private SplitPane centre;

    public CaseReviewView(CaseScreenModel workstation, TaskExecutor tasks, DialogService dialogs, Notifier notifier,
                          LetterService letters, Clock clock, Runnable back, Runnable previous, Runnable next) {
        getStyleClass().add("case-review");
        CaseReviewViewModel vm = workstation.review();
        table = new SummaryTableView(vm);
        determination = new DeterminationPane(vm, dialogs);
        letter = new LetterPane(vm, letters, tasks, vm.caseNotices(), dialogs, c -> workstation.outboxFor(c.folder()));

        documents = new DocumentsPane(workstation, tasks);
        BorderPane left = titled("Documents", documents);

        // in a narrow centre (1366 px, a long sheet name) the caption and the hint wrap and the header grows a
        // line; the title never shrinks
        tableCaption.getStyleClass().add("text-muted");
        tableCaption.setMinWidth(0);
        tableCaption.setWrapText(true);
        Label tableTitle = new Label("Summary table");
        tableTitle.getStyleClass().add("pane-title");
        tableTitle.setMinWidth(Region.USE_PREF_SIZE);
        Label editHint = new Label("Double-click or F2 to correct a misread cell");
        editHint.getStyleClass().add("text-muted");
        editHint.setWrapText(true);
        editHint.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox tableHeader = new HBox(8, tableTitle, tableCaption, spring, editHint);
        tableHeader.getStyleClass().add("pane-header");
        BorderPane tablePane = new BorderPane(table);
        tablePane.setTop(tableHeader);
        tablePane.setBottom(new ScanCellPane(vm, table, tasks)); // a scanned cell's picture beside its value

        DvhChartPane chart = new DvhChartPane(tasks.executor());
        chart.setId("dvhChart");
        chart.setExportFolder(() -> vm.submittedCase() == null ? null : workstation.outboxFor(vm.submittedCase().folder()));
        vm.evaluationProperty().addListener((o, a, e) -> {
            if (e != null && vm.effectiveProperty().get() != null) {
                chart.show(vm.effectiveProperty().get(), e, vm.dvhChoices().structureForOrgan(), vm.dvhChoices().planRoles());
            }
        });
        DvhStructuresPane structures = new DvhStructuresPane(vm);
        ScrollPane structuresScroll = new ScrollPane(structures);
        structuresScroll.setFitToWidth(true);
        structuresScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        structuresScroll.setPrefViewportWidth(300);
        BorderPane chartWithStructures = new BorderPane(chart);
        javafx.scene.control.ToggleButton showStructures = new javafx.scene.control.ToggleButton("Structures and plans");
        showStructures.setId("showDvhStructures");
        showStructures.setTooltip(new javafx.scene.control.Tooltip(
                "Which plan is 3D and which IMRT, and which structure stands for each organ; correct a wrong match"));
        Runnable placeStructures = () -> chartWithStructures.setRight(
                showStructures.isSelected() && DvhStructuresPane.applies(vm.effectiveProperty().get()) ? structuresScroll : null);
        showStructures.selectedProperty().addListener((o, a, b) -> placeStructures.run());
        vm.effectiveProperty().addListener((o, a, c) -> {
            showStructures.setVisible(DvhStructuresPane.applies(c));
            placeStructures.run();
        });
        chart.toolbar().getItems().add(showStructures);
        Tab chartTab = new Tab("DVH overlay", chartWithStructures);
        chartTab.setId("overlayTab");
        chart.drawOnlyWhile(chartTab.selectedProperty()); // behind the images tab it is not drawn (decision 0566)
        DigitisedCurvesPane digitised = new DigitisedCurvesPane(vm, tasks);
        Tab digitisedTab = new Tab("Digitised curves", digitised);
        digitisedTab.setId("digitisedTab");
        digitisedTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                digitised.activate();
            }
            // the table/tabs divider no longer moves with this tab: the tab bar jumping up and back made
            // the next click land in the table (issue 13 item 8, decision 0240); she drags it if she wants
        });
        vm.submittedProperty().addListener((o, a, c) -> {
            if (c != null && digitisedTab.isSelected()) {
                digitised.activate();
            }
        });
        Tab imagesTab = new Tab("Submitted DVH images", new DvhImagesPane(vm, tasks));
        imagesTab.setId("imagesTab");
        letterTab = new Tab("Letter", letter);
        letterTab.setId("letterTab");
        Tab historyTab = new Tab("History", new HistoryPane(vm));
        historyTab.setId("historyTab");
        requestTab = new Tab("Request details", new RequestDetailsPane(vm, vm.caseNotices(), clock.getZone()));
        requestTab.setId("requestTab");
        lowerTabs.getTabs().addAll(imagesTab, chartTab, digitisedTab, requestTab, letterTab, historyTab);
        lowerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.effectiveProperty().addListener((o, a, c) -> {
            // the overlay comes first only for planning-system exports; curves digitised from the
            // submitted images are not drawn by the chart, so the images stay in front
            if (c != null && a == null && c.dvhCurves().stream().anyMatch(curve -> !curve.digitised())) {
                lowerTabs.getSelectionModel().select(chartTab);
            }
        });

        centre = new SplitPane(tablePane, lowerTabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.46);

        notes.setId("notes");
        notes.setPromptText("Notes for this case (saved automatically)");
        notes.setWrapText(true);
        org.imrtreview.ui.common.TabLeavesTextBox.install(notes);
        org.imrtreview.ui.common.WholePrompt.keep(notes, 3);
        notes.textProperty().addListener((o, a, b) -> vm.setNotes(b));
        notes.disableProperty().bind(vm.sessionProperty().isNull());
        notes.editableProperty().bind(vm.editableProperty()); // read-only: the text can still be selected and copied
        vm.stateProperty().addListener((o, a, s) -> {
            String text = s == null ? "" : s.notes();
            if (!notes.getText().equals(text)) {
                notes.setText(text);
            }
        });
        Label notesTitle = new Label("NOTES");
        notesTitle.getStyleClass().add("section-title");
        PhysicianReviewPane physician = new PhysicianReviewPane(vm, clock.getZone());
        ChecklistPane checklistPane = new ChecklistPane(vm, dialogs);
        // a case open read-only (another reviewer edits it in the team store): no edit, decision or letter
        for (Node n : new Node[] {determination, physician, checklistPane, requestTab.getContent(), structures}) {
            n.disableProperty().bind(vm.editableProperty().not());
        }
        table.editableProperty().bind(vm.editableProperty());
        VBox rightBox = new VBox(DeterminationPane.SECTION_GAP, determination, physician, new VBox(6, notesTitle, notes), checklistPane);
        rightBox.getStyleClass().add("right-panel");
        notes.setTooltip(new javafx.scene.control.Tooltip("Notes for this case, saved as you type (Ctrl+Shift+N)"));
        right = new ScrollPane(rightBox);
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        // side panels get a width that suits the window (1366 px laptop to 2560 px monitor), also when it is
        // maximised after opening; once the nurse drags a divider they keep her width and the table in the
        // middle takes any change
        boolean[] sizedByHand = {false};
        SplitPane body = new SplitPane(left, centre, right) {
            private double sizedFor = -1;

            /**
             * The positions for this width are set before the split pane lays its panels out, in the same
             * pass: set after it (the next pulse) the first frame of a case, and of a maximised window, showed
             * the panels at their old widths. While nobody dragged a divider every panel resizes with the
             * split pane, so the positions set here are kept as they are.
             */
            @Override
            protected void layoutChildren() {
                double width = getWidth();
                if (!sizedByHand[0] && width > 0 && width != sizedFor) {
                    sizedFor = width;
                    double leftWidth = Math.max(220, Math.min(0.17 * width, 420));
                    double rightWidth = Math.max(300, Math.min(0.22 * width, 480));
                    setDividerPositions(leftWidth / width, 1 - rightWidth / width);
                }
                super.layoutChildren();
            }
        };
        body.setDividerPositions(0.2, 0.76);
        body.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != body; n = n.getParent()) {
                if (n.getParent() == body && n.getStyleClass().contains("split-pane-divider")) {
                    sizedByHand[0] = true;
                    // from now on the side panels keep the nurse's width and the table takes any change
                    SplitPane.setResizableWithParent(left, false);
                    SplitPane.setResizableWithParent(right, false);
                }
            }
        });
        left.setMinWidth(180);
        right.setMinWidth(250);

        StackPane bodyWithOverlay = new StackPane(body);
        Label loading = new Label("Reading the submission…");
        loading.getStyleClass().add("loading-overlay");
        loading.visibleProperty().bind(workstation.caseLoadingProperty());
        bodyWithOverlay.getChildren().add(loading);

        setTop(new VBox(new CaseHeader(workstation, back, previous, next, clock, this::showRequestDetails), lockBar(vm)));
        setCenter(bodyWithOverlay);
        vm.effectiveProperty().addListener((o, a, c) -> caption(c));
        // a case shown lands the keyboard in its summary table (decision 0666)
        vm.sessionProperty().addListener((o, a, s) -> {
            if (s != null) {
                javafx.application.Platform.runLater(() -> keyboardToTheTable(vm.sessionProperty().get()));
            }
        });
        visibleProperty().addListener((o, was, now) -> {
            if (now && vm.sessionProperty().get() != null) {
                javafx.application.Platform.runLater(() -> keyboardToTheTable(vm.sessionProperty().get()));
            }
        });
    }

    /**
     * As a case comes on screen (Enter on the worklist, Ctrl+. / Ctrl+, or F5) the keyboard goes to its summary table,
     * the first row selected: the arrow keys read the rows, F2 corrects a cell, Tab goes on to the documents and the
     * right panel (decision 0666). It had been left on the header's "Worklist" button, where Space took her back to
     * the list. Not while she types in a box of this screen (a dialog's answer, a reload asked for).
     */
    /** The folder of the case the keyboard was last given to on its arrival, to tell another case from the same. */
    private java.nio.file.Path keyboardGivenTo;

    private void keyboardToTheTable(org.imrtreview.review.CaseReview session) {
        if (!isVisible() || getScene() == null) {
            return;
        }
        // a box she types in is left alone only within the same case: another case's arrival takes the keyboard from
        // the previous case's reason box (focus left there after recording a decision against the recommendation)
        java.nio.file.Path now = session == null ? null : session.folder();
        boolean anotherCase = !java.util.Objects.equals(now, keyboardGivenTo);
        keyboardGivenTo = now;
        Node owner = getScene().getFocusOwner();
        if (!anotherCase && owner instanceof javafx.scene.control.TextInputControl && isInside(owner) && owner.isVisible()
                && !owner.isDisabled()) {
            return;
        }
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().getSelectedIndex() < 0) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bar under the header while the case is read-only: who is editing it since when (or why the
     * save was refused), and a lead's "Take over".
     */
    private static Node lockBar(CaseReviewViewModel vm) {
        Label text = new Label();
        text.setId("lockBanner");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.readOnlyReasonProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        javafx.scene.control.Button takeOver = new javafx.scene.control.Button("Take over…");
        takeOver.setId("takeOverButton");
        takeOver.setMinWidth(Region.USE_PREF_SIZE);
        takeOver.setTooltip(new javafx.scene.control.Tooltip("A lead takes the case from its holder (audited with her reason)"));
        takeOver.visibleProperty().bind(vm.takeOverProperty().isNotNull());
        takeOver.managedProperty().bind(takeOver.visibleProperty());
        takeOver.setOnAction(e -> {
            Runnable r = vm.takeOverProperty().get();
            if (r != null) {
                r.run();
            }
        });
        HBox bar = new HBox(8, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignL.LOCK_OUTLINE),
                text, takeOver);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        bar.getStyleClass().addAll("banner", "banner-warning", "lock-banner");
        bar.visibleProperty().bind(vm.editableProperty().not());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * Checking curves needs the picture large: while the Digitised curves tab is in front the
     * summary table keeps about a third of the height (its rows and flags stay in view), and gets its
     * place back afterwards unless the nurse moved the divider herself meanwhile.
     */

    private void caption(ReviewCase c) {
        if (c == null || c.table() == null) {
            tableCaption.setText("");
            return;
        }
        // "header row 3" and "rows 2-5" wrap whole, never as "header row / 3" (decision 0663)
        String location = c.table().location() == null ? null
                : c.table().location().replaceAll("(?<=header) (?=rows? )|(?<=rows?) (?=\\d)", "\u00a0");
        tableCaption.setText(org.imrtreview.logging.VisibleText.escape(c.table().file() + (location == null ? "" : " · " + location)));
    }

    private static BorderPane titled(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("pane-title");
        HBox header = new HBox(l);
        header.getStyleClass().add("pane-header");
        BorderPane p = new BorderPane(content);
        p.setTop(header);
        return p;
    }

    public DocumentsPane documents() {
        return documents;
    }

    public SummaryTableView table() {
        return table;
    }

    public DeterminationPane determination() {
        return determination;
    }


    public LetterPane letter() {
        return letter;
    }

    /**
     * Brings a lower tab to the front by name: images, overlay, digitised, request, letter or history
     * (the snapshot command's {@code --tab}). Returns false for an unknown name.
     */
    public boolean showTab(String name) {
        String id = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT) + "Tab";
        for (Tab tab : lowerTabs.getTabs()) {
            if (id.equals(tab.getId())) {
                lowerTabs.getSelectionModel().select(tab);
                return true;
            }
        }
        return false;
    }

    /** Brings the request-details form to the front (the header's link, Case ▸ Request details). */
    public void showRequestDetails() {
        lowerTabs.getSelectionModel().select(requestTab);
    }

    /** Case ▸ Notes (Ctrl+Shift+N): the keyboard in the notes box, scrolled into view, at the end of its text (decision 0661). */
    public void focusNotes() {
        focusInRightPanel(notes);
    }

    /**
     * Case ▸ Reason for your decision (Ctrl+Shift+W): the keyboard in the reason box, scrolled into view, at the end of
     * what she typed (decision 0661). A case shown read-only has the box off: nothing happens.
     */
    public void focusReason() {
        focusInRightPanel(determination.reasonField());
    }

    private void focusInRightPanel(TextArea box) {
        if (box.isDisabled()) {
            return;
        }
        box.requestFocus();
        box.positionCaret(box.getLength());
        right.layout();
        scrollIntoView(right, box);
    }

    /** Scrolls {@code pane} the least that shows all of {@code node} (its top when it is taller than the view). */
    static void scrollIntoView(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double view = pane.getViewportBounds().getHeight();
        if (contentHeight <= view || view <= 0) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double scrollable = contentHeight - view;
        double top = (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * scrollable;
        if (b.getMinY() < top || b.getHeight() > view) {
            top = b.getMinY();
        } else if (b.getMaxY() > top + view) {
            top = b.getMaxY() - view;
        }
        top = Math.max(0, Math.min(scrollable, top));
        pane.setVvalue(pane.getVmin() + top / scrollable * (pane.getVmax() - pane.getVmin()));
    }

    /** Brings the letter tab to the front (used by the print and save commands). */
    public void showLetter() {
        lowerTabs.getSelectionModel().select(letterTab);
    }
}
