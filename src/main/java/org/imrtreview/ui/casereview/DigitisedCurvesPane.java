package org.imrtreview.ui.casereview;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.model.Document;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.DigitisedImage;
import org.imrtreview.ui.digitize.DigitizePane;
import org.imrtreview.review.SavedDigitising;
import org.imrtreview.ui.viewer.ImageLoading;

/**
 * The "Digitised curves" tab: one button per colour DVH image of the case, and the chosen image's
 * {@link DigitizePane} filling the tab. An image is digitised when first shown, on the task
 * executor, off the FX thread, with the nurse's saved choices applied (or taken from the case as
 * it was opened, when they were restored then). Every correction (organ, plan, axis values)
 * replaces the image's digitised curves in the view-model, which saves the choice with an audit
 * entry and re-evaluates the case.
 */
public final class DigitisedCurvesPane extends BorderPane {

    private static final String HEADER = "digitised-header";
    private final CaseReviewViewModel vm;
    private final TaskExecutor tasks;
    private final HBox imageButtons = new HBox(6);
    private final ToggleGroup group = new ToggleGroup();
    private final Label placeholder = new Label("No colour DVH image in this submission.");
    private final Map<String, Node> shown = new LinkedHashMap<>();
    /** A picture to check: an image file, or a figure of a PDF packet (two figures of a page are two pictures). */
    private record Picture(DigitisedImageKey key, Document doc) { }
    private Path shownFolder;
    private CaseReview shownSession;
    private List<String> organs = List.of();
    /** Clearing the image buttons for another case: no image is opened meanwhile. */
    private boolean resetting;

    public DigitisedCurvesPane(CaseReviewViewModel vm, TaskExecutor tasks) {
        this.vm = vm;
        this.tasks = tasks;
        setId("digitisedCurves");
        placeholder.getStyleClass().add("placeholder-text");
        imageButtons.setAlignment(Pos.CENTER_LEFT);
        imageButtons.setPadding(new Insets(6, 10, 0, 10));
        setCenter(placeholder);
        vm.submittedProperty().addListener((o, a, c) -> show(c));
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (resetting) {
                return;
            }
            if (t != null) {
                open((Picture) t.getUserData());
            } else if (a != null) {
                // an image button cannot be switched off: one image is always shown
                group.selectToggle(a);
            }
        });
    }

    private void show(ReviewCase c) {
        if (c == null) {
            shownFolder = null;
            shownSession = null;
            reset();
            return;
        }
        if (vm.session() == shownSession && c.folder() != null && c.folder().equals(shownFolder)) {
            return;
        }
        // every opened case is a new session: nothing digitised for the last one is kept
        shownSession = vm.session();
        shownFolder = c.folder();
        reset();
        // image files the viewer can show, and DVH figures inside PDF packets (keyed by file, page and figure)
        List<Picture> images = new java.util.ArrayList<>();
        SavedDigitising.pictures(c).forEach((key, d) -> {
            if (key.pages() != null || ImageLoading.isImage(d.file())) {
                images.add(new Picture(key, d));
            }
        });
        if (images.isEmpty() || c.folder() == null) {
            return;
        }
        organs = c.table() == null ? List.of() : c.table().rows().stream().map(SummaryRow::organ)
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (Picture picture : images) {
            ToggleButton button = new ToggleButton(org.imrtreview.logging.VisibleText.escape(picture.key().describe()));
            button.setId("digitised-image-" + images.indexOf(picture));
            button.setUserData(picture);
            button.setMnemonicParsing(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setToggleGroup(group);
            imageButtons.getChildren().add(button);
        }
        Label which = new Label("Image:");
        which.getStyleClass().add("text-muted");
        which.setMinWidth(Region.USE_PREF_SIZE);
        imageButtons.getChildren().add(0, which);
        setTop(images.size() > 1 ? imageButtons : null);
        setCenter(new Label("Choose an image to check its curves."));
    }

    private void reset() {
        resetting = true;
        group.selectToggle(null);
        group.getToggles().clear();
        resetting = false;
        imageButtons.getChildren().clear();
        shown.clear();
        setTop(null);
        setCenter(placeholder);
    }

    /** Shows the first image (digitising it) when none is shown yet; called when the tab comes to the front. */
    public void activate() {
        if (group.getSelectedToggle() == null && !group.getToggles().isEmpty()) {
            group.selectToggle(group.getToggles().get(0));
        }
    }

    /** The pane of the image being shown, once digitised (null while digitising or failed). */
    public DigitizePane current() {
        return getCenter() instanceof DigitizePane p ? p : null;
    }

    private void open(Picture picture) {
        String id = picture.key().sourceKey();
        Node ready = shown.get(id);
        if (ready != null) {
            show(ready);
            return;
        }
        Label digitising = new Label("Digitising " + org.imrtreview.logging.VisibleText.escape(picture.key().describe()) + "…");
        digitising.getStyleClass().add("placeholder-text");
        shown.put(id, digitising);
        show(digitising);
        digitise(shownFolder, picture);
    }

    private record Digitised(BufferedImage picture, DigitisedImage image) { }

    private void digitise(Path folder, Picture picture) {
        DigitisedImageKey key = picture.key();
        Document doc = picture.doc();
        DigitisedImage restored = vm.restoredImage(key);
        var saved = vm.savedDigitising(key);
        Path file = folder.resolve(doc.file());
        String name = key.describe();
        CaseReview owner = shownSession;
        tasks.execute("Digitising " + name, () -> {
            if (key.pages() != null) {
                // a figure of a PDF: its pixels and the digitisation with the PDF's own text (axes, legend),
                // in the nurse's frame when she dragged one
                SavedDigitising saving = new SavedDigitising();
                if (restored != null) {
                    return new Digitised(saving.figure(file, key, null).image(), restored);
                }
                var figure = saving.figure(file, ImageFingerprint.of(file), key, doc.plan(), saved);
                return new Digitised(figure.image(), figure.digitised());
            }
            BufferedImage pixels = ImageFiles.read(file);
            if (restored != null) {
                return new Digitised(pixels, restored);
            }
            ImageFingerprint fingerprint = ImageFingerprint.of(file);
            return new Digitised(pixels, new SavedDigitising().digitise(pixels, fingerprint, key, doc.plan(), saved));
        }, d -> {
            if (owner != shownSession || !folder.equals(shownFolder)) {
                return;
            }
            DigitisedImage image = d.image();
            DigitizePane pane = new DigitizePane(d.picture(), image.result(), image.assignments(), organs, name,
                    doc.plan(), image.notApplied());
            // the nurse may drag the plot frame when the one found is wrong, on a picture file or a PDF
            // figure's pixels (decision 0282, 0272), and go back to the frame found
            boolean savedApplies = saved != null && saved.axes() != null
                    && (saved.fingerprint() == null || saved.fingerprint().equals(image.fingerprint()));
            pane.setFrameRedigitiser((frame, choices) -> {
                DigitisedImage again = key.pages() == null
                        ? new SavedDigitising().digitiseInFrame(d.picture(), image.fingerprint(), key, doc.plan(), frame,
                                choices)
                        : new SavedDigitising().figureInFrame(file, image.fingerprint(), key, doc.plan(), frame, choices);
                return new DigitizePane.Redigitised(again.result(), again.assignments());
            }, savedApplies && image.notApplied().stream().noneMatch(n -> n.startsWith("Your plot frame"))
                    ? saved.axes().frame() : null);
            pane.setOnChange(p -> vm.recordDigitising(owner,
                    new DigitisedImage(key, image.fingerprint(), p.result(), p.assignments(), List.of()),
                    p.nurseAxes(), p.nurseChoices(), p::curveName));
            if (group.getToggles().size() > 1) {
                // one line for the image buttons and the shown image's plan and axis sources
                pane.setUserData(pane.detachHeader());
            }
            shown.put(key.sourceKey(), pane);
            showIfSelected(picture, pane);
        }, err -> {
            Label failed = new Label(name + " could not be digitised: "
                    + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage()));
            failed.setWrapText(true);
            failed.getStyleClass().add("placeholder-text");
            shown.put(key.sourceKey(), failed);
            showIfSelected(picture, failed);
        });
    }

    private void showIfSelected(Picture picture, Node node) {
        if (group.getSelectedToggle() != null && group.getSelectedToggle().getUserData() == picture) {
            show(node);
        }
    }

    /** Shows an image's pane, its header line beside the image buttons. */
    private void show(Node node) {
        imageButtons.getChildren().removeIf(n -> n.getProperties().containsKey(HEADER));
        if (node instanceof DigitizePane pane && pane.getUserData() instanceof Node header) {
            header.getProperties().put(HEADER, Boolean.TRUE);
            HBox.setMargin(header, new Insets(0, 0, 0, 12));
            imageButtons.getChildren().add(header);
        }
        setCenter(node);
    }
}
