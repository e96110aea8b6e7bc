package org.imrtreview.ui.casereview;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.digitize.DigitizePane;
import org.imrtreview.ui.viewer.ImageLoading;

/**
 * One {@link DigitizePane} per colour DVH image of the case (stacked titled panes). An image is
 * digitised when its pane is first opened, on the task executor, off the FX thread. Every correction (organ, plan, axis ranges) replaces the
 * image's digitised curves in the view-model, which re-evaluates the case. Assignments are not yet
 * saved in the review state: they are proposed afresh when the case is reopened.
 */
public final class DigitisedCurvesPane extends BorderPane {
    static final Duration BUDGET = Duration.ofSeconds(10);

    private final CaseReviewViewModel vm;
    private final TaskExecutor tasks;
    private final Accordion panes = new Accordion();
    private final Label placeholder = new Label("No colour DVH image in this submission.");
    private Path shownFolder;

    public DigitisedCurvesPane(CaseReviewViewModel vm, TaskExecutor tasks) {
        this.vm = vm;
        this.tasks = tasks;
        setId("digitisedCurves");
        setCenter(placeholder);
        vm.submittedProperty().addListener((o, a, c) -> show(c));
    }

    private void show(ReviewCase c) {
        if (c == null) {
            shownFolder = null;
            panes.getPanes().clear();
            setCenter(placeholder);
            return;
        }
        if (c.folder() != null && c.folder().equals(shownFolder)) {
            return;
        }
        shownFolder = c.folder();
        panes.getPanes().clear();
        List<Document> images = c.documents().stream()
                .filter(d -> d.kind() == DocumentKind.DVH_IMAGE && !Boolean.FALSE.equals(d.color())
                        && ImageLoading.isImage(d.file()))
                .toList();
        if (images.isEmpty() || c.folder() == null) {
            setCenter(placeholder);
            return;
        }
        List<String> organs = c.table() == null ? List.of() : c.table().rows().stream().map(SummaryRow::organ)
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Path folder = c.folder();
        for (Document doc : images) {
            TitledPane pane = new TitledPane(doc.file(), new Label("Digitising " + doc.file() + "…"));
            // digitised when first opened: intake already traced the curves, this is for correcting them
            boolean[] started = {false};
            pane.expandedProperty().addListener((o, was, now) -> {
                if (now && !started[0]) {
                    started[0] = true;
                    digitise(folder, doc, organs, pane);
                }
            });
            pane.setExpanded(false);
            panes.getPanes().add(pane);
        }
        ScrollPane scroll = new ScrollPane(panes);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** Opens the first image (digitising it) when none is open yet; called when the tab comes to the front. */
    public void activate() {
        if (!panes.getPanes().isEmpty() && panes.getExpandedPane() == null) {
            panes.setExpandedPane(panes.getPanes().get(0));
        }
    }

    private record Digitised(BufferedImage image, DigitizeResult result, List<CurveAssignment> proposed) { }

    private void digitise(Path folder, Document doc, List<String> organs, TitledPane pane) {
        Path file = folder.resolve(doc.file());
        tasks.execute("Digitising " + doc.file(), () -> {
            BufferedImage image = ImageFiles.read(file);
            DigitizeResult result = new DvhImageDigitizer().digitize(image, DigitizeOptions.automatic(BUDGET));
            List<CurveAssignment> proposed = new CurveAssigner().assign(result.curves(), doc.plan(), List.of(), null);
            return new Digitised(image, result, proposed);
        }, d -> {
            if (!folder.equals(shownFolder)) {
                return;
            }
            DigitizePane digitize = new DigitizePane(d.image(), d.result(), d.proposed(), organs);
            digitize.setOnChange(p -> vm.replaceDigitisedCurves(doc.file(),
                    DigitizedCurves.toModel(p.result(), p.assignments(), doc.file())));
            pane.setContent(digitize);
        }, err -> pane.setContent(new Label(doc.file() + " could not be digitised: "
                + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage()))));
    }
}
