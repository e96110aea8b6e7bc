package org.imrtreview.ui.viewer;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.imrtreview.model.Document;
import org.imrtreview.model.LoadState;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * One submitted document on screen, whatever its kind: a PDF page by page, a picture with zoom and pan, or a
 * line saying why there is no preview. Used by the documents pane and by the evidence window on a second
 * monitor, so both show a document the same way. Images and pages load off the FX thread; a document
 * shown while another is still loading wins.
 */
public final class DocumentView extends StackPane {

    private final ImageViewer imageViewer = new ImageViewer();
    private final PdfViewer pdfViewer;
    private final TaskExecutor tasks;
    private TaskExecutor.Cancellable pendingImage;
    private Path shown;

    public DocumentView(TaskExecutor tasks, float pdfDpi) {
        this.tasks = tasks;
        this.pdfViewer = new PdfViewer(tasks, pdfDpi);
        getStyleClass().add("document-view");
        getChildren().addAll(imageViewer, pdfViewer);
        showPlaceholder("Select a document to view it.");
    }

    /** Shows {@code doc} of the case in {@code caseFolder}, starting at its first page when it is a PDF part. */
    public void show(Path caseFolder, Document doc) {
        Path file = caseFolder.resolve(doc.file());
        shown = file;
        cancelImage();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            if (doc.state() == LoadState.ENCRYPTED) {
                showPlaceholder(doc.file() + " is encrypted and cannot be shown.");
                return;
            }
            pdfViewer.setVisible(true);
            imageViewer.setVisible(false);
            pdfViewer.open(file, firstPage(doc.pages()));
        } else if (ImageLoading.isImage(name)) {
            showImageViewer();
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

    /** No document: a neutral line instead (used while a case loads, so no page of another case stays up). */
    public void showPlaceholder(String text) {
        cancelImage();
        shown = null;
        pdfViewer.clear("");
        showImageViewer();
        imageViewer.showPlaceholder(text);
    }

    /** The file on screen, or null. */
    public Path shownFile() {
        return shown;
    }

    public boolean showingPdf() {
        return pdfViewer.isVisible();
    }

    public PdfViewer pdfViewer() {
        return pdfViewer;
    }

    public ImageViewer imageViewer() {
        return imageViewer;
    }

    private void cancelImage() {
        if (pendingImage != null) {
            pendingImage.cancel();
            pendingImage = null;
        }
    }

    private void showImageViewer() {
        pdfViewer.setVisible(false);
        imageViewer.setVisible(true);
    }

    /** "3-4" → page index 2; null or unreadable → 0. */
    public static int firstPage(String pages) {
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
}
