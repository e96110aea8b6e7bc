package org.imrtreview.ui.casereview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.viewer.ImageLoading;
import org.imrtreview.ui.viewer.ImageViewer;
import org.imrtreview.ui.viewer.PdfViewer;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Every submitted file with its kind and load state (loading while the case is read), and a viewer
 * for the selected one: images with zoom/pan/fit, PDFs page by page.
 */
public final class DocumentsPane extends SplitPane {

    /** One line of the documents list; {@code document} is null while the case is still loading. */
    public record DocumentItem(String file, Document document, List<String> problems) {
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
            parts.add(document.kind().title());
            if (document.plan() != null) {
                parts.add(document.plan() == PlanKind.BOTH ? "3D + IMRT" : document.plan().label());
            }
            if (document.color() != null) {
                parts.add(document.color() ? "colour" : "greyscale");
            }
            if (document.pages() != null) {
                parts.add("pages " + document.pages());
            }
            return String.join(" · ", parts);
        }
    }

    private final ListView<DocumentItem> list = new ListView<>();
    private final ImageViewer imageViewer = new ImageViewer();
    private final PdfViewer pdfViewer;
    private final StackPane viewerArea = new StackPane();
    private final TaskExecutor tasks;
    private Path caseFolder;
    private TaskExecutor.Cancellable pendingImage;

    public DocumentsPane(CaseScreenModel workstation, TaskExecutor tasks) {
        this.tasks = tasks;
        this.pdfViewer = new PdfViewer(tasks);
        getStyleClass().add("documents-pane");
        setOrientation(Orientation.VERTICAL);
        list.setId("documentsList");
        list.setCellFactory(v -> new DocumentCell());
        list.setPlaceholder(new Label("No files in this case."));
        imageViewer.showPlaceholder("Select a document to view it.");
        viewerArea.getChildren().addAll(imageViewer, pdfViewer);
        pdfViewer.setVisible(false);
        getItems().addAll(list, viewerArea);
        setDividerPositions(0.36);

        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> view(item));
        // a case closing takes its pages with it: while the next one loads the viewer is empty
        workstation.review().sessionProperty().addListener((o, a, session) -> {
            if (session == null) {
                closeViewer();
            }
        });
        workstation.loadingFiles().addListener((ListChangeListener<String>) c -> {
            if (!workstation.loadingFiles().isEmpty()) {
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

    private void refresh(ReviewCase reviewCase, Evaluation evaluation) {
        if (reviewCase == null) {
            return;
        }
        boolean sameCase = reviewCase.folder() != null && reviewCase.folder().equals(caseFolder);
        caseFolder = reviewCase.folder();
        List<Document> documents = evaluation != null && !evaluation.documents().isEmpty()
                ? evaluation.documents() : reviewCase.documents();
        String selected = list.getSelectionModel().getSelectedItem() == null ? null
                : list.getSelectionModel().getSelectedItem().file();
        List<DocumentItem> items = documents.stream()
                .map(d -> new DocumentItem(d.file() + (d.pages() == null ? "" : " (p. " + d.pages() + ")"), d,
                        reviewCase.problems().stream().filter(p -> d.file().equals(p.file())).map(Problem::message).toList()))
                .toList();
        if (sameCase && items.equals(list.getItems())) {
            return;
        }
        list.getItems().setAll(items);
        if (sameCase && selected != null) {
            items.stream().filter(i -> i.file().equals(selected)).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
        } else {
            imageViewer.showPlaceholder("Select a document to view it.");
            showImageViewer();
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
        Document doc = item.document();
        Path file = caseFolder.resolve(doc.file());
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            if (doc.state() == LoadState.ENCRYPTED) {
                showImageViewer();
                imageViewer.showPlaceholder(doc.file() + " is encrypted and cannot be shown.");
                return;
            }
            pdfViewer.setVisible(true);
            imageViewer.setVisible(false);
            pdfViewer.open(file, firstPage(doc.pages()));
        } else if (ImageLoading.isImage(name)) {
            showImageViewer();
            if (pendingImage != null) {
                pendingImage.cancel();
            }
            imageViewer.showPlaceholder("Loading " + doc.file() + "…");
            pendingImage = tasks.execute("Loading " + doc.file(), () -> ImageLoading.read(file),
                    img -> imageViewer.setImage(img, doc.file()),
                    err -> imageViewer.showPlaceholder(doc.file() + " could not be shown: "
                            + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage())));
        } else {
            showImageViewer();
            imageViewer.showPlaceholder(doc.file() + " — " + doc.kind().title()
                    + (doc.note() == null ? "" : "\n" + doc.note()) + "\n(no preview for this kind of file)");
        }
    }

    private void closeViewer() {
        if (pendingImage != null) {
            pendingImage.cancel();
            pendingImage = null;
        }
        caseFolder = null;
        list.getSelectionModel().clearSelection();
        list.getItems().clear();
        pdfViewer.close();
        imageViewer.showPlaceholder("Reading the submission…");
        showImageViewer();
    }

    /** The file the viewer shows (null: none or a picture). */
    public Path viewedPdf() {
        return pdfViewer.isVisible() ? pdfViewer.file() : null;
    }

    private void showImageViewer() {
        pdfViewer.setVisible(false);
        imageViewer.setVisible(true);
    }

    /** "3-4" → page index 2; null or unreadable → 0. */
    static int firstPage(String pages) {
        if (pages == null) {
            return 0;
        }
        String digits = pages.strip().split("[^0-9]")[0];
        try {
            return Math.max(0, Integer.parseInt(digits) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public ListView<DocumentItem> list() {
        return list;
    }

    private static final class DocumentCell extends ListCell<DocumentItem> {
        @Override
        protected void updateItem(DocumentItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(item.file());
            name.getStyleClass().add("document-name");
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("text-muted");
            Label state = new Label(item.state());
            state.getStyleClass().addAll("state-badge", "state-" + stateClass(item));
            HBox second = new HBox(6, state, detail);
            VBox box = new VBox(2, name, second);
            if (!item.problems().isEmpty()) {
                Label problems = new Label(item.problems().size() == 1 ? item.problems().get(0)
                        : item.problems().size() + " notes — hover to read");
                problems.getStyleClass().add("document-problem");
                problems.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OUTLINE));
                box.getChildren().add(problems);
            }
            HBox line = new HBox(8, new FontIcon(icon(item)), box);
            setGraphic(line);
            setText(null);
            List<String> tips = new ArrayList<>();
            if (item.document() != null && item.document().note() != null) {
                tips.add(item.document().note());
            }
            tips.addAll(item.problems());
            setTooltip(tips.isEmpty() ? null : new Tooltip(String.join("\n", tips)));
        }

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
