package org.imrtreview.ui.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CalibrationSource;
import org.imrtreview.digitize.Confidence;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.PlotFrame;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.SavedAxes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.SyntheticDvh;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The nurse corrects the axes of a digitised image and assigns a curve to an organ and plan. */
@ExtendWith(ApplicationExtension.class)
class DigitizePaneTest {
    private DigitizePane pane;

    @Start
    void start(Stage stage) throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        // Without legend OCR the curves arrive unassigned: the nurse's choice is what is tested here.
        DigitizeResult result = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("not used in this test"))
                .digitize(s.image(), DigitizeOptions.automatic());
        pane = new DigitizePane(s.image(), result,
                new CurveAssigner().assign(result.curves(), PlanKind.IMRT, List.of(), null),
                List.of("PTV", "Brainstem", "Optic Chiasm"));
        stage.setScene(new Scene(pane, 1280, 760));
        stage.show();
    }

    /** The axes' note first, then each finding on its own line, not one long paragraph. */
    @Test
    void eachFindingOfTheDigitiserIsALineOfItsOwn(FxRobot robot) throws Exception {
        DigitizeResult read = pane.result();
        List<String> findings = List.of(
                "curve #1 (red solid): its end runs along the 0 % line, so its Dmax lies between 37.5 and 74.3 Gy",
                "curves #2 and #3 share one colour.");
        DigitizeResult withFindings = new DigitizeResult(read.imageWidth(), read.imageHeight(), read.frame(),
                read.calibration(), read.curves(), findings, read.skewDegrees());
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        DigitizePane other = WaitForAsyncUtils.asyncFx(() -> new DigitizePane(s.image(), withFindings,
                new CurveAssigner().assign(withFindings.curves(), PlanKind.IMRT, List.of(), null), List.of("PTV"))).get();
        robot.interact(() -> pane.getScene().setRoot(other));
        WaitForAsyncUtils.waitForFxEvents();
        String note = robot.lookup("#calibration-note").queryAs(Label.class).getText();
        List<String> lines = note.lines().toList();
        assertEquals(3, lines.size(), note);
        assertEquals("• Curve #1 (red solid): its end runs along the 0 % line, so its Dmax lies between 37.5 and 74.3 Gy.",
                lines.get(1));
        assertEquals("• Curves #2 and #3 share one colour.", lines.get(2));
    }

    /** Fourteen notes of two kinds: two lines, and "Show all 14 notes" lists each one. */
    @Test
    void manyNotesOfOneKindAreGroupedAndAllStayReachable(FxRobot robot) throws Exception {
        DigitizeResult read = pane.result();
        List<String> findings = new java.util.ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            findings.add("curve #" + n + " (red solid) has no dashed twin: in this combined image its dashed curve may"
                    + " lie exactly on it (same DVH in both plans) or be absent");
            findings.add("curves #" + n + " and #" + (n + 7) + " are both red solid: they were told apart by their position");
        }
        DigitizeResult withFindings = new DigitizeResult(read.imageWidth(), read.imageHeight(), read.frame(),
                read.calibration(), read.curves(), findings, read.skewDegrees());
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        DigitizePane other = WaitForAsyncUtils.asyncFx(() -> new DigitizePane(s.image(), withFindings,
                new CurveAssigner().assign(withFindings.curves(), PlanKind.IMRT, List.of(), null), List.of("PTV"))).get();
        robot.interact(() -> pane.getScene().setRoot(other));
        WaitForAsyncUtils.waitForFxEvents();
        String note = robot.lookup("#calibration-note").queryAs(Label.class).getText();
        assertEquals(3, note.lines().count(), note);
        assertTrue(note.contains("• Curves #1, #2, #3, #4, #5, #6 and #7 (7 notes): each has no dashed twin"), note);
        Label all = robot.lookup("#digitize-all-notes").queryAs(Label.class);
        javafx.scene.control.Hyperlink toggle = robot.lookup("#show-all-notes").queryAs(javafx.scene.control.Hyperlink.class);
        assertTrue(toggle.isVisible());
        assertEquals("Show all 14 notes", toggle.getText());
        assertTrue(!all.isVisible());
        robot.interact(toggle::fire);
        assertTrue(all.isVisible());
        assertEquals(14, all.getText().lines().count());
        assertTrue(all.getText().contains("• Curves #7 and #14 are both red solid: they were told apart by their position."));
        assertEquals("Hide the 14 notes", toggle.getText());
    }

    @Test
    void typedAxisRangesRescaleEveryCurve(FxRobot robot) {
        double before = pane.result().curves().get(0).doseGy()[pane.result().curves().get(0).size() - 1];
        robot.interact(() -> {
            robot.lookup("#dose-from").queryAs(TextField.class).setText("0");
            robot.lookup("#dose-to").queryAs(TextField.class).setText("160");
            pane.applyAxisRanges();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double after = pane.result().curves().get(0).doseGy()[pane.result().curves().get(0).size() - 1];
        assertEquals(2 * before, after, 0.02 * after);
        assertEquals(CalibrationSource.USER, pane.result().calibration().doseSource());
        assertEquals(CalibrationSource.TICK_LABELS, pane.result().calibration().volumeSource(),
                "an axis whose values were not retyped stays as read");
        assertEquals("Dose axis set by you · volume axis read from tick labels",
                robot.lookup("#digitize-axes-source").queryAs(Label.class).getText());
        assertEquals(new SavedAxes(new SavedAxes.Range(0, 160), null), pane.nurseAxes());
    }

    @Test
    void axisValuesAreShownToATenth(FxRobot robot) {
        Calibration read = pane.result().calibration();
        assertEquals(DigitizePane.format(read.doseAtRight()), robot.lookup("#dose-to").queryAs(TextField.class).getText());
        for (String id : List.of("#dose-from", "#dose-to", "#volume-from", "#volume-to")) {
            String text = robot.lookup(id).queryAs(TextField.class).getText();
            assertTrue(text.matches("-?\\d+(\\.\\d)?"), id + " shows " + text);
        }
        robot.interact(pane::applyAxisRanges);
        assertEquals(read, pane.result().calibration(), "applying untouched, rounded values changes nothing");
        assertEquals(null, pane.nurseAxes());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            80.036,  80
            -0.086,  -0.1
            99.954,  100
            0.04,    0
            54.25,   54.3
            """)
    void roundsAxisValuesToATenth(double value, String shown) {
        assertEquals(shown, DigitizePane.format(value));
    }

    @Test
    void theDoseAxisCanBeSetByClickingTwoTicks(FxRobot robot) {
        Calibration read = pane.result().calibration();
        PlotFrame frame = read.frame();
        robot.interact(() -> pane.startClicking(DigitizePane.ClickAxis.DOSE));
        clickAndType(robot, read.column(20), frame.bottom(), "20");
        assertEquals(1, markers(), "the clicked tick is marked");
        robot.clickOn(pane.screenPointOfPixel(read.column(60), frame.bottom()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Value of this tick (Gy):", robot.lookup("#click-prompt").queryAs(Label.class).getText());
        robot.interact(() -> snapshot("digitize-click-mode.png"));
        robot.clickOn("#click-value").write("60").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Calibration clicked = pane.result().calibration();
        assertEquals(CalibrationSource.USER, clicked.doseSource());
        double pixelInGy = 2 * read.doseSpan() / frame.width() / scale();
        assertEquals(read.doseAtLeft(), clicked.doseAtLeft(), 2 * pixelInGy);
        assertEquals(read.doseAtRight(), clicked.doseAtRight(), 2 * pixelInGy);
        assertEquals(read.volumeAtTop(), clicked.volumeAtTop(), 1e-9, "the volume axis is untouched");
        assertNull(pane.clickingAxis(), "done after two ticks");
    }

    @Test
    void theVolumeAxisCanBeSetByClickingTwoTicks(FxRobot robot) {
        Calibration read = pane.result().calibration();
        PlotFrame frame = read.frame();
        robot.interact(() -> pane.startClicking(DigitizePane.ClickAxis.VOLUME));
        clickAndType(robot, frame.left(), read.row(10), "10");
        clickAndType(robot, frame.left(), read.row(90), "90");

        Calibration clicked = pane.result().calibration();
        assertEquals(CalibrationSource.USER, clicked.volumeSource());
        double pixelInPercent = 2 * 100 / frame.height() / scale();
        assertEquals(read.volumeAtBottom(), clicked.volumeAtBottom(), 2 * pixelInPercent);
        assertEquals(read.volumeAtTop(), clicked.volumeAtTop(), 2 * pixelInPercent);
        assertEquals(read.doseAtRight(), clicked.doseAtRight(), 1e-9);
    }

    @Test
    void escapeCancelsClickingWithoutChangingTheAxes(FxRobot robot) {
        Calibration read = pane.result().calibration();
        robot.interact(() -> pane.startClicking(DigitizePane.ClickAxis.DOSE));
        clickAndType(robot, read.column(20), read.frame().bottom(), "20");
        Point2D second = pane.screenPointOfPixel(read.column(60), read.frame().bottom());
        robot.clickOn(second);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(pane.clickingAxis());
        assertEquals(0, markers());
        assertEquals(read, pane.result().calibration());
    }

    private void clickAndType(FxRobot robot, double x, double y, String value) {
        robot.clickOn(pane.screenPointOfPixel(x, y));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#click-value").write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) {
        try {
            new File("target/screenshots").mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(pane.snapshot(null, null), null), "png",
                    new File("target/screenshots/" + name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int markers() {
        return ((FittedImage) pane.lookup("#digitize-image")).markerCount();
    }

    private double scale() {
        return ((FittedImage) pane.lookup("#digitize-image")).scale();
    }

    @Test
    void choicesRestoredFromTheReviewStateShowAsTheNursesAndAreSavedAgain() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        DigitizeResult result = new DvhImageDigitizer().digitize(s.image(), DigitizeOptions.automatic());
        String key = CurveAssigner.key(result.curves().get(2));
        var proposed = new CurveAssigner().assign(result.curves(), PlanKind.IMRT, List.of(),
                java.util.Map.of(key, CurveAssignment.byNurse(key, "Optic Chiasm", PlanKind.THREE_D)));
        DigitizePane restored = WaitForAsyncUtils.asyncFx(() -> new DigitizePane(s.image(), result, proposed,
                List.of("PTV"), "dvh.png", PlanKind.IMRT, List.of())).get();

        assertEquals(List.of(new CurveChoice(key, "Optic Chiasm", PlanKind.THREE_D)), restored.nurseChoices());
        assertEquals("Curve 3 (" + result.curves().get(2).describe() + ")", restored.curveName(key));
    }

    @Test
    void choosingAnOrganAndPlanMarksTheCurveConfirmed(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> organ = robot.lookup("#organ-2").queryAs(ComboBox.class);
            organ.setValue("Brainstem");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Brainstem", pane.assignments().get(1).structure());
        assertEquals(Confidence.CONFIRMED, pane.assignments().get(1).structureConfidence());
        assertEquals(Confidence.LIKELY, pane.assignments().get(0).planConfidence());
        robot.interact(() -> {
            try {
                new File("target/screenshots").mkdirs();
                ImageIO.write(SwingFXUtils.fromFXImage(pane.snapshot(null, null), null), "png",
                        new File("target/screenshots/digitize-pane.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
