package org.imrtreview.ui.digitize;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.imrtreview.digitize.AxisRange;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CalibrationSource;
import org.imrtreview.digitize.Confidence;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.CurveMetrics;
import org.imrtreview.digitize.DebugOverlay;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.LineStyle;
import org.imrtreview.digitize.TracedCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.SavedAxes;

/**
 * Lets the nurse check and correct a digitised DVH image: a header (document, plan as classified,
 * where the axis values came from), the image with the detected frame and traced curves drawn over
 * it, scaled to fit, and beside it (below it when narrow) a form in its own scroll pane: the axis
 * values at the frame's edges, to type or to set by clicking two known ticks per axis, and per
 * curve its swatch, style and traced Dmax, an organ and a plan drop-down and the confidence of the
 * current assignment. Digitising happens elsewhere (off the FX thread); this pane only
 * recalibrates, which re-derives the points from the stored pixel paths.
 */
public final class DigitizePane extends BorderPane {
    private static final String NO_PLAN = "—";
    /** Below this width the form goes under the image instead of beside it. */
    static final double NARROW = 760;
    static final double FORM_WIDTH = 385;

    /** Which axis the nurse is setting by clicking two ticks. */
    public enum ClickAxis { DOSE, VOLUME }

    private final BufferedImage source;
    private final List<String> organChoices;
    private final FittedImage image = new FittedImage();
    private final TextField doseFrom = field("dose-from");
    private final TextField doseTo = field("dose-to");
    private final TextField volumeFrom = field("volume-from");
    private final TextField volumeTo = field("volume-to");
    private final Label calibrationNote = new Label();
    private final Label headerAxes = new Label();
    private final Label allNotes = new Label();
    private final javafx.scene.control.Hyperlink showAllNotes = new javafx.scene.control.Hyperlink();
    private final VBox curveRows = new VBox(8);
    private final Label clickPrompt = new Label();
    private final TextField clickValue = field("click-value");
    private final HBox clickBox;
    private final Button clickOk = new Button("OK");
    private final ScrollPane form;
    private final HBox header;
    private final Map<String, CurveAssignment> chosen = new LinkedHashMap<>();
    private DigitizeResult result;
    private List<CurveAssignment> proposed;
    private Consumer<DigitizePane> onChange = p -> { };

    /** Digitises the picture again inside a frame the nurse dragged, keeping her curve choices where it can. */
    @FunctionalInterface
    public interface FrameRedigitiser {
        Redigitised redigitise(SavedAxes.Frame frame, List<CurveChoice> choices) throws Exception;
    }

    /** What digitising in a dragged frame gave: the curves and their assignments. */
    public record Redigitised(DigitizeResult result, List<CurveAssignment> assignments) { }

    private FrameRedigitiser redigitiser;
    private SavedAxes.Frame nurseFrame;
    private final Button setFrame = new Button("Drag plot frame…");
    private final Label framePrompt = new Label();
    private final Button useFrame = new Button("Use this frame");
    private final Button detectedFrame = new Button("Back to the detected frame");
    private final VBox frameBox;
    private boolean framing;
    private volatile boolean frameBusy;

    private ClickAxis clickAxis;
    private final double[] clickedPixel = new double[2];
    private final double[] clickedValue = new double[2];
    private int clicks;
    private boolean awaitingValue;

    public DigitizePane(BufferedImage source, DigitizeResult result, List<CurveAssignment> proposed, List<String> organChoices) {
        this(source, result, proposed, organChoices, null, null, List.of());
    }

    /**
     * @param document    the image's document name for the header (null: no header line for it)
     * @param plan        the plan the image was classified as at intake (null: not classified)
     * @param notApplied  sentences about saved choices that could not be applied, shown above the curves
     */
    public DigitizePane(BufferedImage source, DigitizeResult result, List<CurveAssignment> proposed, List<String> organChoices,
                        String document, PlanKind plan, List<String> notApplied) {
        this.source = source;
        this.result = result;
        this.proposed = List.copyOf(proposed);
        this.organChoices = List.copyOf(organChoices);
        getStyleClass().add("digitize-pane");
        for (CurveAssignment a : proposed) {
            // choices restored from the review state are the nurse's: they are saved again as hers
            if (a.structureConfidence() == Confidence.CONFIRMED || a.planConfidence() == Confidence.CONFIRMED) {
                chosen.put(a.curveKey(), a);
            }
        }
        image.setId("digitize-image");
        image.setOnImageClick(this::imageClicked);

        header = header(document, plan);
        setTop(header);
        clickBox = clickRow();
        frameBox = frameRow();
        form = new ScrollPane(formContent(notApplied));
        form.setId("digitize-form");
        form.setFitToWidth(true);
        form.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        form.setMinWidth(0);
        setCenter(image);
        BorderPane.setMargin(image, new Insets(6));
        placeForm(false);
        widthProperty().addListener((o, a, w) -> placeForm(w.doubleValue() > 0 && w.doubleValue() < NARROW));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && clickAxis != null) {
                cancelClicking();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && framing) {
                cancelFraming();
                e.consume();
            }
        });
        refresh();
    }

    private HBox header(String document, PlanKind plan) {
        Label name = new Label(document == null ? "" : document);
        name.setId("digitize-document");
        name.getStyleClass().add("pane-title");
        String planWords = plan == null ? "not classified"
                : plan == PlanKind.BOTH ? "3D and IMRT in one image" : plan.label();
        Label planLabel = new Label("Plan as classified: " + planWords);
        planLabel.setId("digitize-plan");
        headerAxes.setId("digitize-axes-source");
        headerAxes.getStyleClass().add("text-muted");
        planLabel.getStyleClass().add("text-muted");
        HBox header = new HBox(14, name, planLabel, headerAxes);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 0, 10));
        name.setMinWidth(Region.USE_PREF_SIZE);
        planLabel.setMinWidth(Region.USE_PREF_SIZE);
        headerAxes.setMinWidth(0);
        return header;
    }

    private VBox formContent(List<String> notApplied) {
        GridPane axes = new GridPane();
        axes.setHgap(6);
        axes.setVgap(4);
        axes.addRow(0, new Label("Dose (Gy)"), muted("left"), doseFrom, muted("right"), doseTo);
        axes.addRow(1, new Label("Volume (%)"), muted("bottom"), volumeFrom, muted("top"), volumeTo);
        Button apply = new Button("Apply typed values");
        apply.setId("apply-axes");
        apply.setOnAction(e -> applyAxisRanges());
        Button clickDose = new Button("Click dose ticks…");
        clickDose.setId("click-dose");
        clickDose.setTooltip(new Tooltip("Click two labelled ticks on the dose axis and type their values"));
        clickDose.setOnAction(e -> startClicking(ClickAxis.DOSE));
        Button clickVolume = new Button("Click volume ticks…");
        clickVolume.setId("click-volume");
        clickVolume.setTooltip(new Tooltip("Click two labelled ticks on the volume axis and type their values"));
        clickVolume.setOnAction(e -> startClicking(ClickAxis.VOLUME));
        setFrame.setId("set-frame");
        setFrame.setTooltip(new Tooltip("When the frame drawn on the picture is not the plot's, drag the plot's own frame"
                + " (the rectangle of its axes) and the picture is read again inside it"));
        setFrame.setOnAction(e -> startFraming());
        setFrame.setVisible(false);
        setFrame.setManaged(false);
        detectedFrame.setId("detected-frame");
        detectedFrame.setTooltip(new Tooltip("Forget the frame you dragged: the picture is read again in the frame the"
                + " digitiser found"));
        detectedFrame.setOnAction(e -> applyFrame(null));
        detectedFrame.setVisible(false);
        detectedFrame.setManaged(false);
        FlowPane buttons = new FlowPane(6, 6, apply, clickDose, clickVolume, setFrame, detectedFrame);
        calibrationNote.setId("calibration-note");
        calibrationNote.setWrapText(true);
        calibrationNote.getStyleClass().add("text-muted");
        allNotes.setId("digitize-all-notes");
        allNotes.setWrapText(true);
        allNotes.getStyleClass().add("text-muted");
        allNotes.setVisible(false);
        allNotes.setManaged(false);
        showAllNotes.setId("show-all-notes");
        showAllNotes.setOnAction(e -> {
            boolean show = !allNotes.isVisible();
            allNotes.setVisible(show);
            allNotes.setManaged(show);
            showAllNotes.setText((show ? "Hide the " : "Show all ") + result.warnings().size() + " notes");
        });
        VBox content = new VBox(8, section("AXES (VALUES AT THE FRAME EDGES)"), axes, buttons, clickBox, frameBox,
                calibrationNote, showAllNotes, allNotes);
        if (!notApplied.isEmpty()) {
            Label problems = new Label(String.join("\n", notApplied));
            problems.setId("digitize-not-applied");
            problems.setWrapText(true);
            problems.getStyleClass().add("error-text");
            content.getChildren().add(problems);
        }
        content.getChildren().addAll(section("CURVES"), curveRows);
        content.setPadding(new Insets(8, 10, 10, 10));
        return content;
    }

    private HBox clickRow() {
        clickPrompt.setId("click-prompt");
        clickPrompt.setWrapText(true);
        clickValue.setPrefColumnCount(5);
        clickValue.setOnAction(e -> valueTyped());
        clickOk.setId("click-ok");
        clickOk.setOnAction(e -> valueTyped());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> cancelClicking());
        HBox box = new HBox(6, clickPrompt, clickValue, clickOk, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(clickPrompt, Priority.ALWAYS);
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    private VBox frameRow() {
        framePrompt.setId("frame-prompt");
        framePrompt.setWrapText(true);
        useFrame.setId("use-frame");
        useFrame.setOnAction(e -> {
            double[] b = image.box();
            if (b != null) {
                applyFrame(new SavedAxes.Frame(Math.round(b[0]), Math.round(b[1]), Math.round(b[2]), Math.round(b[3])));
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-frame");
        cancel.setOnAction(e -> cancelFraming());
        useFrame.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, useFrame, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, framePrompt, buttons);
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    /**
     * Lets the nurse drag the plot frame on this picture ({@code restored}: the frame she set earlier, kept
     * in the review state, or null). Without a redigitiser the button is not shown. The redigitiser is
     * called with a null frame for "Back to the detected frame".
     */
    public void setFrameRedigitiser(FrameRedigitiser redigitiser, SavedAxes.Frame restored) {
        this.redigitiser = redigitiser;
        this.nurseFrame = restored;
        setFrame.setVisible(redigitiser != null);
        setFrame.setManaged(redigitiser != null);
        refresh();
    }

    /** Starts dragging the plot frame: the current frame is shown, a drag draws the new one. Escape cancels. */
    public void startFraming() {
        if (redigitiser == null) {
            return;
        }
        cancelClicking();
        framing = true;
        org.imrtreview.digitize.PlotFrame f = result.calibration().frame();
        image.showBox(f == null ? null : new double[] {f.left(), f.top(), f.right(), f.bottom()});
        image.setStyle("-fx-cursor: crosshair;");
        image.setOnFrameDragged(b -> {
            framePrompt.setText(String.format(Locale.ROOT, "Frame %.0f,%.0f–%.0f,%.0f px (left, top – right, bottom):",
                    b[0], b[1], b[2], b[3]));
            useFrame.setDisable(false);
        });
        framePrompt.setText("Drag from one corner of the plot's axes to the opposite corner (Esc cancels).");
        useFrame.setDisable(true);
        useFrame.getParent().setVisible(true);
        useFrame.getParent().setManaged(true);
        frameBox.setVisible(true);
        frameBox.setManaged(true);
    }

    public boolean framing() {
        return framing;
    }

    /** Whether a frame is being read (the picture is digitised again off the FX thread). */
    public boolean frameBusy() {
        return frameBusy;
    }

    /** Leaves frame dragging without changing anything. */
    public void cancelFraming() {
        framing = false;
        image.setOnFrameDragged(null);
        image.showBox(null);
        image.setStyle("-fx-cursor: default;");
        frameBox.setVisible(false);
        frameBox.setManaged(false);
    }

    /**
     * Reads the picture again inside {@code frame} (off the FX thread); on success the curves, the
     * axes read from the tick labels at the new frame's edges and the nurse's still-matching choices
     * replace the old ones and the change is reported (saved and audited by the host). A frame in which
     * no plot can be read leaves everything as it was and says why.
     */
    public void applyFrame(SavedAxes.Frame frame) {
        if (redigitiser == null || frameBusy) {
            return;
        }
        frameBusy = true;
        useFrame.setDisable(true);
        detectedFrame.setDisable(true);
        framePrompt.setText(frame == null ? "Reading the picture in the frame found…" : "Reading the picture inside the frame…");
        List<CurveChoice> choices = nurseChoices();
        Thread worker = new Thread(() -> {
            Redigitised r;
            try {
                r = redigitiser.redigitise(frame, choices);
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                javafx.application.Platform.runLater(() -> {
                    frameBusy = false;
                    useFrame.setDisable(false);
                    detectedFrame.setDisable(false);
                    framePrompt.setText("Frame not used: " + why + ".");
                    if (frame == null) {
                        // not dragging: the sentence is shown without the drag's buttons
                        frameBox.setVisible(true);
                        frameBox.setManaged(true);
                        useFrame.getParent().setVisible(false);
                        useFrame.getParent().setManaged(false);
                    }
                });
                return;
            }
            javafx.application.Platform.runLater(() -> {
                result = r.result();
                proposed = List.copyOf(r.assignments());
                Set<String> keys = new LinkedHashSet<>();
                result.curves().forEach(c -> keys.add(CurveAssigner.key(c)));
                chosen.keySet().retainAll(keys);
                nurseFrame = frame;
                frameBusy = false;
                detectedFrame.setDisable(false);
                cancelFraming();
                refresh();
                onChange.accept(this);
            });
        }, "digitise-in-frame");
        worker.setDaemon(true);
        worker.start();
    }

    /** The frame the nurse dragged and is using (null: the frame found in the picture). */
    public SavedAxes.Frame nurseFrame() {
        return nurseFrame;
    }

    private void placeForm(boolean narrow) {
        if (narrow && getBottom() != form) {
            setRight(null);
            form.setPrefViewportHeight(220);
            form.setPrefWidth(Region.USE_COMPUTED_SIZE);
            setBottom(form);
        } else if (!narrow && getRight() != form) {
            setBottom(null);
            form.setPrefWidth(FORM_WIDTH);
            setRight(form);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        return f;
    }

    /**
     * Takes the header line (plan as classified, axis sources) out of this pane for the host to
     * place, without the document name: a host that lists several images names them already.
     */
    public HBox detachHeader() {
        setTop(null);
        header.getChildren().get(0).setVisible(false);
        header.getChildren().get(0).setManaged(false);
        header.setPadding(Insets.EMPTY);
        return header;
    }

    /** Called after every correction (axes or assignment), e.g. to save the review state and redraw charts. */
    public void setOnChange(Consumer<DigitizePane> listener) {
        this.onChange = listener == null ? p -> { } : listener;
    }

    public DigitizeResult result() {
        return result;
    }

    /** The current assignment per curve: the nurse's choice where made, the proposal otherwise. */
    public List<CurveAssignment> assignments() {
        List<CurveAssignment> out = new ArrayList<>();
        for (int i = 0; i < result.curves().size(); i++) {
            String key = CurveAssigner.key(result.curves().get(i));
            out.add(chosen.getOrDefault(key, i < proposed.size() ? proposed.get(i) : CurveAssignment.unassigned(key)));
        }
        return out;
    }

    /** The nurse's own choices (made here or restored), to keep in the review state. */
    public List<CurveChoice> nurseChoices() {
        return chosen.values().stream().map(a -> new CurveChoice(a.curveKey(), a.structure(), a.plan())).toList();
    }

    /** The axes the nurse set (typed or clicked), null when both are as read from the image. */
    public SavedAxes nurseAxes() {
        Calibration c = result.calibration();
        SavedAxes.Range dose = c.doseSource() == CalibrationSource.USER
                ? new SavedAxes.Range(c.doseAtLeft(), c.doseAtRight()) : null;
        SavedAxes.Range volume = c.volumeSource() == CalibrationSource.USER
                ? new SavedAxes.Range(c.volumeAtBottom(), c.volumeAtTop()) : null;
        return dose == null && volume == null && nurseFrame == null ? null : new SavedAxes(dose, volume, nurseFrame);
    }

    /** "Curve 2 (red dashed)" for a curve key, as numbered on the image. */
    public String curveName(String key) {
        for (int i = 0; i < result.curves().size(); i++) {
            if (CurveAssigner.key(result.curves().get(i)).equals(key)) {
                return "Curve " + (i + 1) + " (" + result.curves().get(i).describe() + ")";
            }
        }
        return null;
    }

    /**
     * Applies the typed axis values. Only an axis whose text the nurse changed is applied: the
     * fields show rounded values, and applying an untouched "80" over a reading of 80.04 would
     * claim a correction nobody made. A malformed value leaves the calibration unchanged and says why.
     */
    public void applyAxisRanges() {
        try {
            Calibration c = result.calibration();
            Calibration corrected = c;
            boolean doseTyped = !doseFrom.getText().strip().equals(format(c.doseAtLeft()))
                    || !doseTo.getText().strip().equals(format(c.doseAtRight()));
            boolean volumeTyped = !volumeFrom.getText().strip().equals(format(c.volumeAtBottom()))
                    || !volumeTo.getText().strip().equals(format(c.volumeAtTop()));
            if (doseTyped || c.doseSource() == CalibrationSource.UNKNOWN) {
                corrected = corrected.withDoseRange(new AxisRange(number(doseFrom), number(doseTo)));
            }
            if (volumeTyped || c.volumeSource() == CalibrationSource.ASSUMED
                    || c.volumeSource() == CalibrationSource.UNKNOWN) {
                corrected = corrected.withVolumeRange(new AxisRange(number(volumeFrom), number(volumeTo)));
            }
            if (corrected == c) {
                calibrationNote.setText("Nothing changed: type the values at the frame edges, then apply.");
                return;
            }
            recalibrate(corrected);
        } catch (IllegalArgumentException e) {
            calibrationNote.setText("Not applied: " + e.getMessage());
        }
    }

    private void recalibrate(Calibration corrected) {
        result = DvhImageDigitizer.recalibrate(result, corrected);
        refresh();
        onChange.accept(this);
    }

    private static double number(TextField f) {
        try {
            return Double.parseDouble(f.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + f.getText() + "' is not a number");
        }
    }

    /** Starts "set the axis by clicking": two ticks, each clicked then its value typed. Escape cancels. */
    public void startClicking(ClickAxis axis) {
        if (framing) {
            cancelFraming();
        }
        clickAxis = axis;
        clicks = 0;
        awaitingValue = false;
        image.clearMarkers();
        image.setStyle("-fx-cursor: crosshair;");
        showClickBox(true);
        prompt();
    }

    public ClickAxis clickingAxis() {
        return clickAxis;
    }

    private void prompt() {
        String axis = clickAxis == ClickAxis.DOSE ? "dose" : "volume";
        String unit = clickAxis == ClickAxis.DOSE ? "Gy" : "%";
        String which = clicks == 0 ? "a labelled tick" : "a second labelled tick, far from the first";
        if (awaitingValue) {
            clickPrompt.setText("Value of this tick (" + unit + "):");
            clickValue.setVisible(true);
            clickValue.setManaged(true);
            clickValue.clear();
            clickValue.requestFocus();
        } else {
            clickPrompt.setText("Click " + which + " on the " + axis + " axis (Esc cancels).");
            clickValue.setVisible(false);
            clickValue.setManaged(false);
        }
        // the OK button belongs to the typed value
        clickOk.setVisible(awaitingValue);
    }

    private void imageClicked(double x, double y) {
        if (clickAxis == null || awaitingValue) {
            return;
        }
        clickedPixel[clicks] = clickAxis == ClickAxis.DOSE ? x : y;
        image.addMarker(x, y);
        awaitingValue = true;
        prompt();
    }

    private void valueTyped() {
        if (clickAxis == null || !awaitingValue) {
            return;
        }
        try {
            clickedValue[clicks] = number(clickValue);
        } catch (IllegalArgumentException e) {
            clickPrompt.setText("Type a number for this tick (" + (clickAxis == ClickAxis.DOSE ? "Gy" : "%") + "):");
            return;
        }
        awaitingValue = false;
        clicks++;
        if (clicks < 2) {
            prompt();
            return;
        }
        ClickAxis axis = clickAxis;
        cancelClicking();
        try {
            Calibration c = result.calibration();
            Calibration corrected = axis == ClickAxis.DOSE
                    ? c.withDoseRange(AxisClicks.dose(c.frame(), clickedPixel[0], clickedValue[0], clickedPixel[1], clickedValue[1]))
                    : c.withVolumeRange(AxisClicks.volume(c.frame(), clickedPixel[0], clickedValue[0], clickedPixel[1],
                    clickedValue[1]));
            recalibrate(corrected);
        } catch (IllegalArgumentException e) {
            calibrationNote.setText("Not applied: " + e.getMessage());
        }
    }

    /** Leaves "set the axis by clicking" without changing anything. */
    public void cancelClicking() {
        clickAxis = null;
        awaitingValue = false;
        clicks = 0;
        image.clearMarkers();
        image.setStyle("-fx-cursor: default;");
        showClickBox(false);
    }

    private void showClickBox(boolean show) {
        clickBox.setVisible(show);
        clickBox.setManaged(show);
    }

    /** Where an image pixel is on the screen, for tests that click as the nurse would. */
    public Point2D screenPointOfPixel(double x, double y) {
        return image.screenPoint(x, y);
    }

    private void refresh() {
        image.setImage(SwingFXUtils.toFXImage(DebugOverlay.forPeople(source, result), null));
        Calibration c = result.calibration();
        doseFrom.setText(format(c.doseAtLeft()));
        doseTo.setText(format(c.doseAtRight()));
        volumeFrom.setText(format(c.volumeAtBottom()));
        volumeTo.setText(format(c.volumeAtTop()));
        headerAxes.setText((c.doseSource() == c.volumeSource() ? "Axes " + sourceWords(c.doseSource())
                : "Dose axis " + sourceWords(c.doseSource()) + " · volume axis " + sourceWords(c.volumeSource()))
                + (nurseFrame != null ? " · plot frame set by you" : ""));
        detectedFrame.setVisible(redigitiser != null && nurseFrame != null);
        detectedFrame.setManaged(redigitiser != null && nurseFrame != null);
        // the axes first, then one line per finding (a curve's Dmax range, a shared colour ...) so she
        // finds the curve she is looking at instead of reading one long paragraph
        StringBuilder note = new StringBuilder(noteFor(c));
        if (!c.trustworthy()) {
            note.append(" These curves are not used until both axes are confirmed.");
        }
        // notes of one kind (the same words about many curves) are one line naming the curves, and at most
        // a few lines show, so the curve rows stay in view; "Show all N notes" lists every note as given
        List<String> grouped = DigitiseNotes.grouped(result.warnings());
        for (String line : grouped.subList(0, Math.min(grouped.size(), DigitiseNotes.SHOWN))) {
            note.append("\n• ").append(line);
        }
        if (grouped.size() > DigitiseNotes.SHOWN) {
            note.append("\n• … and ").append(grouped.size() - DigitiseNotes.SHOWN).append(" more kinds of note.");
        }
        calibrationNote.setText(note.toString());
        List<String> all = DigitiseNotes.all(result.warnings());
        boolean more = all.size() > Math.min(grouped.size(), DigitiseNotes.SHOWN);
        allNotes.setText(all.stream().map(n -> "• " + n).collect(java.util.stream.Collectors.joining("\n")));
        showAllNotes.setText((allNotes.isVisible() ? "Hide the " : "Show all ") + all.size() + " notes");
        showAllNotes.setVisible(more);
        showAllNotes.setManaged(more);
        allNotes.setVisible(more && allNotes.isVisible());
        allNotes.setManaged(allNotes.isVisible());
        curveRows.getChildren().clear();
        List<CurveAssignment> current = assignments();
        for (int i = 0; i < result.curves().size(); i++) {
            curveRows.getChildren().add(curveRow(i, result.curves().get(i), current.get(i)));
        }
    }

    private VBox curveRow(int row, TracedCurve curve, CurveAssignment assignment) {
        int n = row + 1;
        double dmax = CurveMetrics.dmax(curve.doseGy(), curve.volumePercent());
        // the traced Dmax lets her recognise the curve on the picture
        Label name = new Label("#" + n + "  " + curve.describe() + dmaxWords(curve, result.calibration(), dmax));
        name.setGraphic(swatch(curve));
        name.setId("curve-name-" + n);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label confidence = new Label();
        confidence.setId("confidence-" + n);
        confidence.getStyleClass().add("text-muted");
        confidence.setMinWidth(Region.USE_PREF_SIZE);
        // what the picture does not show of this curve, said where the nurse assigns it (decisions 0182, 0309)
        Label reliability = new Label(reliabilityWords(curve, result.calibration()));
        reliability.setId("reliability-" + n);
        reliability.getStyleClass().add("text-muted");
        reliability.setWrapText(true);
        reliability.setVisible(!reliability.getText().isEmpty());
        reliability.setManaged(!reliability.getText().isEmpty());
        // the basis goes under the name when the form is narrow, never cut ("from legend t…")
        FlowPane first = new FlowPane(8, 2, name, confidence);
        first.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> organ = new ComboBox<>();
        organ.setId("organ-" + n);
        organ.setEditable(true);
        Set<String> organs = new LinkedHashSet<>(organChoices);
        if (assignment.assigned()) {
            organs.add(assignment.structure());
        }
        organ.getItems().addAll(organs);
        organ.setValue(assignment.assigned() ? assignment.structure() : null);
        organ.setPromptText("organ…");
        organ.setPrefWidth(200);
        organ.setMaxWidth(Double.MAX_VALUE);
        organ.setMinWidth(120);
        HBox.setHgrow(organ, Priority.ALWAYS);
        ComboBox<String> plan = new ComboBox<>();
        plan.setId("plan-" + n);
        plan.getItems().addAll(NO_PLAN, PlanKind.THREE_D.label(), PlanKind.IMRT.label());
        plan.setValue(assignment.plan() == null ? NO_PLAN : assignment.plan().label());
        plan.setMinWidth(Region.USE_PREF_SIZE);
        showConfidence(confidence, assignment);
        Runnable choose = () -> {
            String organName = organ.getValue() == null || organ.getValue().isBlank() ? null : organ.getValue().trim();
            PlanKind planKind = switch (plan.getValue() == null ? NO_PLAN : plan.getValue()) {
                case "3D" -> PlanKind.THREE_D;
                case "IMRT" -> PlanKind.IMRT;
                default -> null;
            };
            CurveAssignment byNurse = CurveAssignment.byNurse(CurveAssigner.key(curve), organName, planKind);
            if (byNurse.equals(chosen.get(byNurse.curveKey()))) {
                return;
            }
            chosen.put(byNurse.curveKey(), byNurse);
            showConfidence(confidence, byNurse);
            onChange.accept(this);
        };
        organ.setOnAction(e -> choose.run());
        plan.setOnAction(e -> choose.run());
        HBox second = new HBox(6, organ, plan);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, first, reliability, second);
        box.setId("curve-row-" + n);
        return box;
    }

    private static javafx.scene.Node swatch(TracedCurve curve) {
        Line line = new Line(0, 0, 22, 0);
        line.setStroke(Color.web(curve.hexColour()));
        line.setStrokeWidth(3);
        if (curve.style() == LineStyle.DASHED) {
            line.getStrokeDashArray().addAll(5.0, 3.0);
        }
        return line;
    }

    private static void showConfidence(Label label, CurveAssignment a) {
        String text;
        if (a.structureConfidence() == a.planConfidence()) {
            text = confidenceWords(a.structureConfidence());
        } else if (a.structureConfidence() == Confidence.NONE) {
            // the empty organ box already says the organ is missing
            text = "plan " + confidenceWords(a.planConfidence());
        } else {
            text = "organ " + confidenceWords(a.structureConfidence()) + ", plan " + confidenceWords(a.planConfidence());
        }
        label.setText(text);
        label.setTooltip(new Tooltip(a.basis()));
    }

    /** " · Dmax 56.4 Gy", or the range the picture allows (" · Dmax 56.4–59.6 Gy") when its end is hidden. */
    static String dmaxWords(TracedCurve curve, Calibration calibration, double dmax) {
        if (Double.isNaN(dmax)) {
            return "";
        }
        double[] range = curve.dmaxInterval(calibration);
        return format(range[1]).equals(format(range[0])) ? " · Dmax " + format(dmax) + " Gy"
                : " · Dmax " + format(range[0]) + "–" + format(range[1]) + " Gy";
    }

    /**
     * What the picture does not show of a curve, in words for the row where the nurse assigns it: not used
     * (not followed whole, or its axes unconfirmed), a Dmax range, stretches bridged unseen; "" when it
     * was all seen.
     */
    static String reliabilityWords(TracedCurve curve, Calibration calibration) {
        List<String> parts = new java.util.ArrayList<>();
        boolean used = calibration.trustworthy() && curve.tracedWhole(calibration);
        if (!calibration.trustworthy()) {
            parts.add("not used until the axes are confirmed");
        } else if (curve.tooSmallOnCcAxis(calibration)) {
            parts.add("not used: too small on this cm³ axis to read its volumes");
        } else if (!curve.tracedWhole(calibration)) {
            parts.add(curve.crossesTwin() ? "not used: it cannot be told apart from another line (see the note)"
                    : "not used: it could not be followed whole");
        }
        List<String> ranges = new java.util.ArrayList<>();
        if (curve.tailHidden()) {
            double[] range = curve.dmaxInterval(calibration);
            ranges.add("its end may run on hidden (Dmax " + format(range[0]) + "–" + format(range[1]) + " Gy)");
        }
        for (double[] u : curve.unseenStretches(calibration)) {
            ranges.add("not seen from " + format(u[0]) + " to " + format(u[1]) + " Gy");
        }
        if (used && !ranges.isEmpty()) {
            parts.add(String.join("; ", ranges) + ": compared with the table only as ranges");
        }
        return parts.isEmpty() ? "" : capitalised(String.join("; ", parts)) + ".";
    }

    static String confidenceWords(Confidence c) {
        return switch (c) {
            case CONFIRMED -> "confirmed";
            case LIKELY -> "likely";
            case LEGEND_TEXT -> "from legend text";
            case LEGEND_ORDER -> "by legend order";
            case NONE -> "not assigned";
        };
    }

    private static String sourceWords(CalibrationSource s) {
        return switch (s) {
            case USER -> "set by you";
            case TICK_LABELS -> "read from tick labels";
            case ASSUMED -> "assumed";
            case UNKNOWN -> "not read";
        };
    }

    /**
     * The calibration's own note, less what it says about an axis the nurse has since set (the
     * note of a reading stays with the calibration when one axis is corrected).
     */
    private static String noteFor(Calibration c) {
        List<String> parts = new ArrayList<>();
        if (c.doseSource() == CalibrationSource.USER) {
            parts.add("dose axis set by you: " + format(c.doseAtLeft()) + "–" + format(c.doseAtRight()) + " Gy at the frame edges");
        }
        if (c.volumeSource() == CalibrationSource.USER) {
            parts.add("volume axis set by you: " + format(c.volumeAtBottom()) + "–" + format(c.volumeAtTop())
                    + " % at the frame edges");
        }
        for (String part : (c.note() == null ? "" : c.note()).split(";")) {
            String p = part.strip();
            boolean stale = (c.doseSource() == CalibrationSource.USER && p.startsWith("dose axis"))
                    || (c.volumeSource() == CalibrationSource.USER && p.startsWith("volume axis"))
                    || p.startsWith("axis ranges given") || p.startsWith("axis points given");
            if (!p.isEmpty() && !stale) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? "" : capitalised(String.join("; ", parts)) + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Axis values and doses to a tenth (80, 99.9, -0.3): what a nurse reads off a DVH axis. */
    static String format(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        String text = rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
        return text.equals("-0") ? "0" : text;
    }
}
