package org.imrtreview.ui.casereview;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.SplitPane;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.viewer.ImageLoading;
import org.imrtreview.ui.viewer.ImageViewer;
import org.imrtreview.ui.viewer.PdfPageImages;

/**
 * The submitted DVH images side by side, 3D plan left and IMRT plan right, each with its own
 * zoom/pan; a single image showing both plans fills the pane.
 */
public final class DvhImagesPane extends SplitPane {
    private final TaskExecutor tasks;
    private final ImageViewer left = new ImageViewer();
    private final ImageViewer right = new ImageViewer();
    private Path shownFolder;

    public DvhImagesPane(CaseReviewViewModel vm, TaskExecutor tasks) {
        this.tasks = tasks;
        setId("dvhImages");
        getItems().addAll(left, right);
        left.showPlaceholder("No 3D plan DVH image in this submission.");
        right.showPlaceholder("No IMRT plan DVH image in this submission.");
        vm.submittedProperty().addListener((o, a, c) -> show(c));
    }

    private void show(ReviewCase c) {
        if (c == null) {
            shownFolder = null;
            left.showPlaceholder("Loading…");
            right.showPlaceholder("Loading…");
            return;
        }
        if (c.folder() != null && c.folder().equals(shownFolder)) {
            return;
        }
        shownFolder = c.folder();
        List<Document> images = c.documents().stream().filter(d -> d.kind() == DocumentKind.DVH_IMAGE).toList();
        Document threeD = images.stream().filter(d -> d.plan() == PlanKind.THREE_D).findFirst().orElse(null);
        Document imrt = images.stream().filter(d -> d.plan() == PlanKind.IMRT).findFirst().orElse(null);
        Document both = images.stream().filter(d -> d.plan() == PlanKind.BOTH || d.plan() == null).findFirst().orElse(null);
        if (threeD == null && imrt == null && both != null) {
            getItems().setAll(left);
            load(c.folder(), both, left, "3D + IMRT");
            return;
        }
        getItems().setAll(left, right);
        setDividerPositions(0.5);
        if (threeD != null) {
            load(c.folder(), threeD, left, "3D plan");
        } else {
            left.showPlaceholder("No 3D plan DVH image in this submission.");
        }
        if (imrt != null) {
            load(c.folder(), imrt, right, "IMRT plan");
        } else {
            right.showPlaceholder("No IMRT plan DVH image in this submission.");
        }
    }

    private void load(Path folder, Document doc, ImageViewer viewer, String plan) {
        Path file = folder.resolve(doc.file());
        String caption = plan + " — " + doc.file() + (Boolean.FALSE.equals(doc.color()) ? " (greyscale)" : "");
        viewer.showPlaceholder("Loading " + doc.file() + "…");
        boolean pdf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        if (!pdf && !ImageLoading.isImage(file.getFileName().toString())) {
            viewer.showPlaceholder(doc.file() + " cannot be shown as an image.");
            return;
        }
        tasks.execute("Loading " + doc.file(),
                () -> pdf ? pdfPicture(file, doc) : ImageLoading.read(file),
                img -> viewer.setImage(img, caption),
                err -> viewer.showPlaceholder(doc.file() + " could not be shown: "
                        + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage())));
    }

    /**
     * A DVH figure of a PDF: the figure cut from its page when the page is a colour scan (as it was
     * digitised, decision 0324; a figure a third of a scanned page wide is unreadable at page scale),
     * else the page.
     */
    private static javafx.scene.image.Image pdfPicture(Path file, Document doc) throws java.io.IOException {
        int page = org.imrtreview.ui.viewer.DocumentView.firstPage(doc.pages());
        if (Boolean.TRUE.equals(doc.color())) {
            try {
                var cut = org.imrtreview.intake.pdf.PdfFigures.scannedFigure(file, page + 1);
                if (cut.isPresent()) {
                    return javafx.embed.swing.SwingFXUtils.toFXImage(cut.get(), null);
                }
            } catch (java.io.IOException | org.imrtreview.intake.pdf.PdfReadException | RuntimeException e) {
                // the page itself is shown
            }
        }
        return PdfPageImages.render(file, page).image();
    }
}
