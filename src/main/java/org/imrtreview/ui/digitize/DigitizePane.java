package org.imrtreview.ui.digitize;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.imrtreview.digitize.AxisRange;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DebugOverlay;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.TracedCurve;
import org.imrtreview.model.PlanKind;

/**
 * Lets the nurse check and correct a digitised DVH image: the image with the detected frame and
 * traced curves drawn over it, the axis ranges (values at the frame's left/right and bottom/top
 * edges, as read from the tick labels or assumed) to correct, and per curve an organ and a plan
 * drop-down with the confidence of the current assignment. Digitising happens elsewhere (off the FX
 * thread); this pane only recalibrates, which re-derives the points from the stored pixel paths.
 */
public final class DigitizePane extends BorderPane {
    private static final String NO_PLAN = "—";

    private final BufferedImage source;
    private final List<String> organChoices;
    private final ImageView view = new ImageView();
    private final TextField doseFrom = field("dose-from");
    private final TextField doseTo = field("dose-to");
    private final TextField volumeFrom = field("volume-from");
    private final TextField volumeTo = field("volume-to");
    private final Label calibrationNote = new Label();
    private final GridPane curveRows = new GridPane();
    private final Map<String, CurveAssignment> chosen = new LinkedHashMap<>();
    private DigitizeResult result;
    private List<CurveAssignment> proposed;
    private Consumer<DigitizePane> onChange = p -> { };

    public DigitizePane(BufferedImage source, DigitizeResult result, List<CurveAssignment> proposed, List<String> organChoices) {
        this.source = source;
        this.result = result;
        this.proposed = List.copyOf(proposed);
        this.organChoices = List.copyOf(organChoices);
        view.setPreserveRatio(true);
        view.setFitWidth(740);
        setCenter(new ScrollPane(view));
        Button apply = new Button("Apply axis ranges");
        apply.setId("apply-axes");
        apply.setOnAction(e -> applyAxisRanges());
        calibrationNote.setId("calibration-note");
        calibrationNote.setWrapText(true);
        GridPane axes = new GridPane();
        axes.setHgap(6);
        axes.setVgap(4);
        axes.addRow(0, new Label("Dose (Gy) at left / right edge"), doseFrom, doseTo);
        axes.addRow(1, new Label("Volume (%) at bottom / top edge"), volumeFrom, volumeTo);
        curveRows.setHgap(8);
        curveRows.setVgap(4);
        VBox side = new VBox(10, new Label("Axes"), axes, apply, calibrationNote, new Label("Curves"), curveRows);
        side.setPadding(new Insets(10));
        side.setPrefWidth(520);
        side.setMinWidth(520);
        setRight(side);
        refresh();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
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

    /** Applies the typed axis ranges; a malformed value leaves the calibration unchanged and says why. */
    public void applyAxisRanges() {
        try {
            AxisRange dose = new AxisRange(number(doseFrom), number(doseTo));
            AxisRange volume = new AxisRange(number(volumeFrom), number(volumeTo));
            Calibration corrected = result.calibration().withDoseRange(dose).withVolumeRange(volume);
            result = DvhImageDigitizer.recalibrate(result, corrected);
            refresh();
            onChange.accept(this);
        } catch (IllegalArgumentException e) {
            calibrationNote.setText("Not applied: " + e.getMessage());
        }
    }

    private static double number(TextField f) {
        try {
            return Double.parseDouble(f.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + f.getText() + "' is not a number");
        }
    }

    private void refresh() {
        view.setImage(SwingFXUtils.toFXImage(DebugOverlay.draw(source, result), null));
        Calibration c = result.calibration();
        doseFrom.setText(format(c.doseAtLeft()));
        doseTo.setText(format(c.doseAtRight()));
        volumeFrom.setText(format(c.volumeAtBottom()));
        volumeTo.setText(format(c.volumeAtTop()));
        calibrationNote.setText("Dose axis: " + words(c.doseSource().name()) + "; volume axis: " + words(c.volumeSource().name())
                + (result.warnings().isEmpty() ? "" : ". " + String.join(". ", result.warnings())));
        curveRows.getChildren().clear();
        List<CurveAssignment> current = assignments();
        for (int i = 0; i < result.curves().size(); i++) {
            addCurveRow(i, result.curves().get(i), current.get(i));
        }
    }

    private void addCurveRow(int row, TracedCurve curve, CurveAssignment assignment) {
        Rectangle swatch = new Rectangle(18, 10, Color.web(curve.hexColour()));
        Label name = new Label("#" + (row + 1) + " " + curve.describe());
        ComboBox<String> organ = new ComboBox<>();
        organ.setId("organ-" + (row + 1));
        organ.setEditable(true);
        organ.getItems().addAll(organChoices);
        organ.setValue(assignment.assigned() ? assignment.structure() : null);
        organ.setPromptText("organ…");
        ComboBox<String> plan = new ComboBox<>();
        plan.setId("plan-" + (row + 1));
        plan.getItems().addAll(NO_PLAN, PlanKind.THREE_D.label(), PlanKind.IMRT.label());
        plan.setValue(assignment.plan() == null ? NO_PLAN : assignment.plan().label());
        plan.setPrefWidth(100);
        plan.setMinWidth(100);
        organ.setMinWidth(150);
        organ.setPrefWidth(150);
        name.setMinWidth(130);
        Label confidence = new Label(words(assignment.structureConfidence().name()) + " / "
                + words(assignment.planConfidence().name()));
        confidence.setId("confidence-" + (row + 1));
        Runnable choose = () -> {
            String organName = organ.getValue() == null || organ.getValue().isBlank() ? null : organ.getValue().trim();
            PlanKind planKind = switch (plan.getValue() == null ? NO_PLAN : plan.getValue()) {
                case "3D" -> PlanKind.THREE_D;
                case "IMRT" -> PlanKind.IMRT;
                default -> null;
            };
            CurveAssignment byNurse = CurveAssignment.byNurse(CurveAssigner.key(curve), organName, planKind);
            chosen.put(byNurse.curveKey(), byNurse);
            confidence.setText(words(byNurse.structureConfidence().name()) + " / " + words(byNurse.planConfidence().name()));
            onChange.accept(this);
        };
        organ.setOnAction(e -> choose.run());
        plan.setOnAction(e -> choose.run());
        curveRows.addRow(row, new HBox(6, swatch, name), organ, plan, confidence);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
