package org.imrtreview.ui.casereview;

import org.imrtreview.logging.VisibleText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.ui.common.KeptNodes;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.viewer.DocumentView;
import org.imrtreview.ui.viewer.EvidenceWindow;
import org.imrtreview.ui.viewer.ImageLoading;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Every submitted file with its kind and load state (loading while the case is read), and a viewer
 * for the selected one: images with zoom/pan/fit, PDFs page by page.
 */
public final class DocumentsPane extends SplitPane {

    /**
     * One line of the documents list; {@code document} is null while the case is still loading. {@code part}:
     * one of several documents found in the same file (a fax packet), told apart by its kind and pages.
     */
    public record DocumentItem(String file, Document document, List<String> problems, boolean part) {

        public DocumentItem(String file, Document document, List<String> problems) {
            this(file, document, problems, false);
        }

        /**
         * What the nurse reads first: the file name, or for a part of a packet what it is and where
         * ("Clinical history · pp. 3–4"), since every part has the same long file name.
         */
        String title() {
            if (!part || document == null) {
                // a name carrying U+202E would show reversed ("visit‮txt.pdf" as "visitfdp.txt"): its direction
                // and control characters are shown as escapes (issue 20 item 7)
                return VisibleText.escape(file);
            }
            return document.kind().title() + (document.pages() == null ? "" : " · " + pagesInWords(document.pages()));
        }

        static String pagesInWords(String pages) {
            String dash = pages.strip().replace('-', '–');
            return (dash.contains("–") || dash.contains(",") ? "pp. " : "p. ") + dash;
        }

        String state() {
            if (document == null) {
                return "Loading…";
            }
            return switch (document.state()) {
                case LOADED -> "Loaded";
                case WITH_ERRORS -> "With errors";
                case ENCRYPTED -> "Encrypted";
                case SCANNED -> "Scanned (no text)";
                case UNREADABLE -> "Unreadable";
            };
        }

        String detail() {
            if (document == null) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            if (!part) {
                parts.add(document.kind().title());
            }
            if (document.plan() != null) {
                parts.add(document.plan() == PlanKind.BOTH ? "3D + IMRT" : document.plan().label());
            }
            if (document.color() != null) {
                parts.add(document.color() ? "colour" : "greyscale");
            }
            if (document.pages() != null && !part) {
                parts.add("pages " + document.pages());
            }
            return String.join(" · ", parts);
        }
    }

    private final ListView<DocumentItem> list = new ListView<>();
    private final DocumentView viewer;
    private final TaskExecutor tasks;
    private Path caseFolder;
    private String caseLabel = "";
    private EvidenceWindow evidence;
    private java.util.function.BiConsumer<Path, Document> viewedListener = (folder, doc) -> { };

    public DocumentsPane(CaseScreenModel workstation, TaskExecutor tasks) {
        this.tasks = tasks;
        this.viewer = new DocumentView(tasks, 110f);
        getStyleClass().add("documents-pane");
        setOrientation(Orientation.VERTICAL);
        list.setId("documentsList");
        list.setCellFactory(v -> new DocumentCell());
        list.setPlaceholder(new Label("No files in this case."));
        Button ownWindow = new Button("Open in own window", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        ownWindow.setId("openEvidenceWindow");
        ownWindow.getStyleClass().addAll("flat", "small");
        ownWindow.setTooltip(new Tooltip("Show the selected document at full size in a window of its own, "
                + "for a second monitor (Ctrl+Shift+E, or double-click a document). It follows the case."));
        ownWindow.setOnAction(e -> openInOwnWindow());
        ownWindow.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox viewerTools = new HBox(ownWindow);
        viewerTools.getStyleClass().add("viewer-tools");
        BorderPane viewerArea = new BorderPane(viewer);
        viewerArea.setTop(viewerTools);
        getItems().addAll(list, viewerArea);
        setDividerPositions(0.36);

        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> view(item));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                openInOwnWindow();
            }
        });
        // a case closing takes its pages with it: while the next one loads the viewers are empty
        workstation.review().sessionProperty().addListener((o, a, session) -> {
            if (session == null) {
                closeViewer();
            }
        });
        workstation.loadingFiles().addListener((ListChangeListener<String>) c -> {
            if (!workstation.loadingFiles().isEmpty()) {
                // another case is being read: nothing of the previous one stays in the viewers
                caseFolder = null;
                viewer.showPlaceholder("Reading the case…");
                if (evidence != null) {
                    evidence.clear("Reading the next case…");
                }
                list.getItems().setAll(workstation.loadingFiles().stream().map(f -> new DocumentItem(f, null, List.of())).toList());
            }
        });
        CaseReviewViewModel review = workstation.review();
        review.evaluationProperty().addListener((o, a, e) -> refresh(review.submittedCase(), e));
        review.submittedProperty().addListener((o, a, c) -> {
            if (c != null) {
                refresh(c, review.evaluation());
            }
        });
    }

    /** Opens (or brings forward) the evidence window on the selected document. */
    public void openInOwnWindow() {
        DocumentItem item = list.getSelectionModel().getSelectedItem();
        if (item == null || item.document() == null || caseFolder == null) {
            return;
        }
        if (evidence == null) {
            evidence = new EvidenceWindow(getScene() == null ? null : getScene().getWindow(), tasks);
        }
        evidence.open(caseLabel, caseFolder, item.document());
        viewedListener.accept(caseFolder, item.document());
    }

    /**
     * Told (on the FX thread) each time a submitted document of the case is put on screen, in the pane's
     * viewer or the evidence window: the window records it in the team store's audit trail ("Viewed
     * document"). The case's first clinical PDF, shown by itself as the case opens, counts: it is on screen.
     */
    public void onViewed(java.util.function.BiConsumer<Path, Document> listener) {
        this.viewedListener = listener == null ? (folder, doc) -> { } : listener;
    }

    /**
     * Selects the document named {@code name} (its file name, or its line in the list, "packet.pdf (p. 3)");
     * false when the case has none such.
     */
    public boolean select(String name) {
        for (DocumentItem item : list.getItems()) {
            if (item.document() != null && (item.file().equals(name) || item.document().file().equals(name))) {
                list.getSelectionModel().select(item);
                return true;
            }
        }
        return false;
    }

    /** The evidence window, once opened (null before). */
    public EvidenceWindow evidenceWindow() {
        return evidence;
    }

    private void refresh(ReviewCase reviewCase, Evaluation evaluation) {
        if (reviewCase == null) {
            return;
        }
        boolean sameCase = reviewCase.folder() != null && reviewCase.folder().equals(caseFolder);
        caseFolder = reviewCase.folder();
        caseLabel = label(reviewCase);
        if (!sameCase && evidence != null) {
            evidence.clear("Select a document of this case to see it here.");
        }
        List<Document> documents = evaluation != null && !evaluation.documents().isEmpty()
                ? evaluation.documents() : reviewCase.documents();
        String selected = list.getSelectionModel().getSelectedItem() == null ? null
                : list.getSelectionModel().getSelectedItem().file();
        java.util.Map<String, Long> perFile = documents.stream()
                .collect(java.util.stream.Collectors.groupingBy(Document::file, java.util.stream.Collectors.counting()));
        List<DocumentItem> items = documents.stream()
                .map(d -> new DocumentItem(d.file() + (d.pages() == null ? "" : " (p. " + d.pages() + ")"), d,
                        reviewCase.problems().stream().filter(p -> d.file().equals(p.file())).map(Problem::message).toList(),
                        perFile.get(d.file()) > 1))
                .toList();
        if (sameCase && items.equals(list.getItems())) {
            return;
        }
        list.getItems().setAll(items);
        if (sameCase && selected != null) {
            items.stream().filter(i -> i.file().equals(selected)).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
        } else {
            viewer.showPlaceholder("Select a document to view it.");
            // open the first clinical PDF so the viewer is never empty when a case opens
            items.stream().filter(i -> i.document().file().toLowerCase(Locale.ROOT).endsWith(".pdf")
                            && i.document().kind() != DocumentKind.OTHER).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
        }
    }

    private void view(DocumentItem item) {
        if (item == null || item.document() == null || caseFolder == null) {
            return;
        }
        viewer.show(caseFolder, item.document());
        if (evidence != null && evidence.isShowing()) {
            evidence.follow(caseLabel, caseFolder, item.document());
        }
        viewedListener.accept(caseFolder, item.document());
    }

    /** "Member name · request ID" for the evidence window's heading (on screen only, never logged). */
    private static String label(ReviewCase c) {
        if (c.request() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.request().member() != null && c.request().member().name() != null && !c.request().member().name().isBlank()) {
            parts.add(c.request().member().name().strip());
        }
        if (c.request().requestId() != null && !c.request().requestId().isBlank()) {
            parts.add(c.request().requestId().strip());
        }
        return String.join(" · ", parts);
    }

    private void closeViewer() {
        caseFolder = null;
        list.getSelectionModel().clearSelection();
        list.getItems().clear();
        viewer.showPlaceholder("Reading the submission…");
        if (evidence != null) {
            evidence.clear("Reading the next case…");
        }
    }

    /** The file the viewer shows (null: none or a picture). */
    public Path viewedPdf() {
        return viewer.showingPdf() ? viewer.pdfViewer().file() : null;
    }

    public ListView<DocumentItem> list() {
        return list;
    }

    private static final class DocumentCell extends ListCell<DocumentItem> {
        /** The list's width not available to a line's text: icon, gaps, cell padding and a vertical scroll bar. */
        private static final double TEXT_MARGIN = 64;
        private final org.imrtreview.ui.common.ReusedTooltip tooltip = new org.imrtreview.ui.common.ReusedTooltip();

        /**
         * The line's height for the cell's width: a cell's skin asks its graphic's height without a width, and a
         * wrapping label is then measured on one line and drawn cut ("Request ..."), so ask with the width.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            javafx.geometry.Insets in = getInsets();
            return in.getTop() + getGraphic().prefHeight(width - in.getLeft() - in.getRight()) + in.getBottom();
        }

        // the line's nodes, made once and kept: an update changes their text, icon and classes only (decision 0620)
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label state = new Label();
        private final Label detail = new Label(null, state);
        private final Label file = new Label();
        private final Label problems = new Label(null, new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OUTLINE));
        private final VBox box = new VBox(2, name, detail);
        private final HBox line = new HBox(8, icon, box);
        private boolean widthsBound;
        private javafx.beans.binding.DoubleBinding nameWidth;

        DocumentCell() {
            name.getStyleClass().add("document-name");
            // the load state as a badge leading the detail ("Loaded  DVH image · 3D + IMRT · colour"), which wraps
            // beside it: the cell asks its graphic's height without a width, so a wrapping label is given the
            // width the list leaves beside the icon (and a scroll bar)
            state.getStyleClass().add("state-badge");
            state.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("text-muted");
            detail.setGraphicTextGap(6);
            detail.setWrapText(true);
            detail.setMinWidth(0);
            file.getStyleClass().addAll("text-muted", "text-small", "document-file");
            problems.getStyleClass().add("document-problem");
            // an OCR note is a sentence ("scanned page 1 read by OCR: 1 table cell(s) read doubtfully — …"):
            // it wraps like the detail instead of running past the list's edge
            problems.setWrapText(true);
            problems.setMinWidth(0);
            box.setMinWidth(0);
            HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        }

        /** The wrapping labels take the width the list leaves beside the icon; bound once the cell has its list. */
        private void bindWidths() {
            if (widthsBound || getListView() == null) {
                return;
            }
            widthsBound = true;
            var width = getListView().widthProperty().subtract(TEXT_MARGIN);
            detail.prefWidthProperty().bind(width);
            problems.prefWidthProperty().bind(width);
            nameWidth = width;
        }

        @Override
        protected void updateItem(DocumentItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            bindWidths();
            // a part of a fax packet leads with what it is and its pages ("Chart notes · pp. 3–4"): every part
            // has the same long file name, which follows below, muted (issue 13 item 1)
            name.setText(item.title());
            KeptNodes.toggle(name, "document-file", !item.part());
            name.setWrapText(item.part());
            if (item.part()) {
                name.setMinWidth(0);
                if (nameWidth != null && !name.prefWidthProperty().isBound()) {
                    name.prefWidthProperty().bind(nameWidth);
                }
            } else {
                name.setMinWidth(Region.USE_COMPUTED_SIZE);
                if (name.prefWidthProperty().isBound()) {
                    name.prefWidthProperty().unbind();
                }
                name.setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
            state.setText(item.state());
            KeptNodes.choose(state, "state-" + stateClass(item), STATE_CLASSES);
            detail.setText(VisibleText.escape(item.detail()));
            detail.setAccessibleText(item.state() + (item.detail().isEmpty() ? "" : ", " + VisibleText.escape(item.detail())));
            List<javafx.scene.Node> lines = new ArrayList<>(4);
            lines.add(name);
            lines.add(detail);
            if (item.part()) {
                file.setText(VisibleText.escape(item.document() == null ? item.file() : item.document().file()));
                lines.add(file);
            }
            if (!item.problems().isEmpty()) {
                problems.setText(item.problems().size() == 1 ? VisibleText.escape(item.problems().get(0))
                        : item.problems().size() + " notes — hover to read");
                lines.add(problems);
            }
            KeptNodes.children(box.getChildren(), lines);
            Ikon ikon = icon(item);
            if (icon.getIconCode() != ikon) {
                icon.setIconCode(ikon);
            }
            setGraphic(line);
            setText(null);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            List<String> tips = new ArrayList<>();
            tips.add(item.file());
            if (item.document() != null && item.document().note() != null) {
                tips.add(item.document().note());
            }
            tips.addAll(item.problems());
            setTooltip(tooltip.with(VisibleText.escapeKeepingLines(String.join("\n", tips))));
            setAccessibleText(VisibleText.escape(item.title() + ", " + item.state() + (item.detail().isEmpty() ? "" : ", " + item.detail())
                    + (item.part() ? ", in " + item.document().file() : "")));
        }

        /** Every state's badge class ("state-loaded", "state-with-errors" …) and the one while the case loads. */
        private static final List<String> STATE_CLASSES = java.util.stream.Stream.concat(java.util.stream.Stream.of("state-loading"),
                java.util.Arrays.stream(org.imrtreview.model.LoadState.values())
                        .map(s -> "state-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList();

        private static String stateClass(DocumentItem item) {
            if (item.document() == null) {
                return "loading";
            }
            return item.document().state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        private static Ikon icon(DocumentItem item) {
            String n = item.file().toLowerCase(Locale.ROOT);
            if (item.document() != null && item.document().kind() == DocumentKind.SUMMARY_TABLE) {
                return MaterialDesignT.TABLE;
            }
            if (n.contains(".pdf")) {
                return MaterialDesignF.FILE_PDF_BOX;
            }
            if (ImageLoading.isImage(n)) {
                return MaterialDesignF.FILE_IMAGE_OUTLINE;
            }
            if (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv")) {
                return MaterialDesignF.FILE_EXCEL_OUTLINE;
            }
            if (item.document() != null && item.document().kind() == DocumentKind.DVH_DATA) {
                return MaterialDesignC.CHART_LINE;
            }
            return MaterialDesignF.FILE_DOCUMENT_OUTLINE;
        }
    }
}
