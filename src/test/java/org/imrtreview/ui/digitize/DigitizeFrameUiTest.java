package org.imrtreview.ui.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveMetrics;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.PlotFrame;
import org.imrtreview.digitize.SyntheticDvh;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.digitize.TracedCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.review.SavedDigitising;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.DigitisingAudit;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.store.SavedAxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The nurse drags the plot frame on a digitised picture; the picture is read again inside it (decision 0282). */
@ExtendWith(ApplicationExtension.class)
class DigitizeFrameUiTest {
    private DigitizePane pane;
    private BufferedImage picture;
    private DigitizeResult first;
    private final AtomicInteger changes = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        picture = s.image();
        DvhImageDigitizer digitizer = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("not used in this test"));
        first = digitizer.digitize(picture, DigitizeOptions.automatic());
        pane = new DigitizePane(picture, first, new CurveAssigner().assign(first.curves(), PlanKind.IMRT, List.of(), null),
                List.of("PTV", "Brainstem"));
        pane.setFrameRedigitiser((frame, choices) -> {
            DigitizeResult again = digitizer.digitize(picture, DigitizeOptions.automatic()
                    .withFrame(new PlotFrame(frame.left(), frame.top(), frame.right(), frame.bottom())));
            return new DigitizePane.Redigitised(again, new CurveAssigner().assign(again.curves(), PlanKind.IMRT, List.of(), null));
        }, null);
        pane.setOnChange(p -> changes.incrementAndGet());
        stage.setScene(new Scene(pane, 1280, 760));
        stage.show();
    }

    private void drag(FxRobot robot, double x0, double y0, double x1, double y1) {
        Point2D from = pane.screenPointOfPixel(x0, y0);
        Point2D to = pane.screenPointOfPixel(x1, y1);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(to).multiply(0.5)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilRead() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.frameBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingThePlotsOwnFrameReadsTheSameCurvesAndIsKeptAndAudited(FxRobot robot) throws Exception {
        PlotFrame f = first.calibration().frame();
        robot.clickOn("#set-frame");
        assertTrue(pane.framing());
        drag(robot, f.left(), f.top(), f.right(), f.bottom());
        assertTrue(robot.lookup("#frame-prompt").queryAs(Label.class).getText().startsWith("Frame "));
        robot.clickOn("#use-frame");
        waitUntilRead();
        assertEquals(1, changes.get(), "the change is reported once, to be saved and audited");
        assertFalse(pane.framing());
        PlotFrame now = pane.result().calibration().frame();
        // the drag is made on the scaled picture: within two picture pixels of where it was aimed
        double tolerance = 2 / Math.min(1, pane.screenPointOfPixel(1, 0).getX() - pane.screenPointOfPixel(0, 0).getX()) + 1;
        assertEquals(f.left(), now.left(), tolerance);
        assertEquals(f.top(), now.top(), tolerance);
        assertEquals(f.right(), now.right(), tolerance);
        assertEquals(f.bottom(), now.bottom(), tolerance);
        assertTrue(pane.result().warnings().stream().anyMatch(w -> w.startsWith("plot frame set by you")));
        assertEquals(first.curves().size(), pane.result().curves().size());
        for (int i = 0; i < first.curves().size(); i++) {
            TracedCurve a = first.curves().get(i);
            TracedCurve b = pane.result().curves().get(i);
            double da = CurveMetrics.dmax(a.doseGy(), a.volumePercent());
            double db = CurveMetrics.dmax(b.doseGy(), b.volumePercent());
            assertEquals(da, db, 0.02 * da + 0.5, "curve " + (i + 1) + " Dmax");
        }
        SavedAxes axes = pane.nurseAxes();
        assertNotNull(axes);
        assertNotNull(axes.frame());
        assertNull(axes.dose(), "the axes were read, not typed");
        DigitisedImageKey key = DigitisedImageKey.ofImageFile("dvh.png");
        List<String> audit = DigitisingAudit.changes(null, new DigitisedImageReview(key, null, axes, List.of()), k -> k);
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).startsWith("Axes of dvh.png set to plot frame "), audit.get(0));
        assertTrue(robot.lookup("#digitize-axes-source").queryAs(Label.class).getText().endsWith("plot frame set by you"));
    }

    @Test
    void aFrameWithNoPlotInsideChangesNothingAndSaysWhy(FxRobot robot) throws Exception {
        PlotFrame f = first.calibration().frame();
        robot.clickOn("#set-frame");
        // a strip along the top of the picture, above the plot: titles, no curve
        drag(robot, f.left(), 1, f.right(), Math.max(10, f.top() - 2));
        robot.clickOn("#use-frame");
        waitUntilRead();
        assertEquals(0, changes.get());
        assertTrue(pane.framing(), "still dragging: she can try again or cancel");
        assertTrue(robot.lookup("#frame-prompt").queryAs(Label.class).getText().startsWith("Frame not used: "),
                robot.lookup("#frame-prompt").queryAs(Label.class).getText());
        assertEquals(first.calibration().frame(), pane.result().calibration().frame());
        assertNull(pane.nurseAxes());
        robot.clickOn("#cancel-frame");
        assertFalse(pane.framing());
    }

    @Test
    void aSavedFrameIsUsedWhenThePictureIsDigitisedAgain() throws Exception {
        PlotFrame f = first.calibration().frame();
        SavedAxes.Frame frame = new SavedAxes.Frame(f.left(), f.top(), f.right(), f.bottom());
        DigitisedImageKey key = DigitisedImageKey.ofImageFile("dvh.png");
        ImageFingerprint print = new ImageFingerprint(1234, "ab12");
        var saved = new DigitisedImageReview(key, print, new SavedAxes(null, null, frame), List.of());
        var again = new SavedDigitising().digitise(picture, print, key, PlanKind.IMRT, saved);
        assertEquals(f, again.result().calibration().frame());
        assertTrue(again.result().warnings().stream().anyMatch(w -> w.startsWith("plot frame set by you")));
        // a frame that no longer fits the picture: the detected one is used and she is told
        var outside = new DigitisedImageReview(key, print,
                new SavedAxes(null, null, new SavedAxes.Frame(10, 10, picture.getWidth() + 50, picture.getHeight() + 50)), List.of());
        var fallback = new SavedDigitising().digitise(picture, print, key, PlanKind.IMRT, outside);
        assertEquals(f, fallback.result().calibration().frame());
        assertTrue(fallback.notApplied().stream().anyMatch(n -> n.startsWith("Your plot frame for dvh.png could not be used")),
                fallback.notApplied().toString());
        // kept in the review state as JSON and read back
        String json = org.imrtreview.store.persist.Json.MAPPER.writeValueAsString(saved);
        assertEquals(saved, org.imrtreview.store.persist.Json.MAPPER.readValue(json, DigitisedImageReview.class));
    }
}
