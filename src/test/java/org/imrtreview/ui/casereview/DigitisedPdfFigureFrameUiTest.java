package org.imrtreview.ui.casereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.imrtreview.digitize.PlotFrame;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.store.AuditEntry;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.DirectTaskExecutor;
import org.imrtreview.ui.digitize.DigitizePane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The nurse drags the plot frame on a DVH figure inside a PDF packet (sample 11's fax packet, the
 * picture on page 6) as she does on a picture file, and goes back to the frame found (decision 0272).
 * The frame is saved under the figure's key and audited both ways.
 */
@ExtendWith(ApplicationExtension.class)
class DigitisedPdfFigureFrameUiTest {
    private static final String PACKET = "fax_packet_PA-2026-004203.pdf";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);
    private final AutoSaver saver = new AutoSaver(new ReviewStateStore(), (f, m) -> { });
    private final CaseReviewViewModel vm = new CaseReviewViewModel((c, o) -> CaseEvaluator.standard().evaluate(c, o),
            saver, (l, m) -> { }, CLOCK, "dana");
    private DigitisedCurvesPane pane;
    private ReviewCase loaded;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("pdf-figure-frame");
        Files.copy(Path.of("samples/11-lung-fax-packet", PACKET), folder.resolve(PACKET));
        Files.copy(Path.of("samples/11-lung-fax-packet/request.json"), folder.resolve("request.json"));
        loaded = CaseLoader.standard().load(folder);
        pane = new DigitisedCurvesPane(vm, new DirectTaskExecutor());
        stage.setScene(new Scene(pane, 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        saver.close();
    }

    private DigitizePane waitForPane() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> pane.current() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return pane.current();
    }

    private static void drag(FxRobot robot, DigitizePane p, double x0, double y0, double x1, double y1) {
        Point2D from = p.screenPointOfPixel(x0, y0);
        Point2D to = p.screenPointOfPixel(x1, y1);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(to).multiply(0.5)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntilRead(DigitizePane p) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !p.frameBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFrameOfAPdfFigureIsDraggedSavedAndSetBackToTheOneFound(FxRobot robot) throws Exception {
        DigitisedImageKey key = new DigitisedImageKey(PACKET, "6", 1);
        robot.interact(() -> {
            vm.show(loaded, ReviewState.fresh());
            pane.activate();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the figure on page 6 (the packet has figures on pages 6 and 7)
        robot.lookup(n -> n instanceof ToggleButton b && b.getText().contains("page 6 ")).tryQueryAs(ToggleButton.class)
                .ifPresent(b -> robot.interact(() -> b.setSelected(true)));
        DigitizePane figure = waitForPane();
        Node setFrame = robot.lookup("#set-frame").query();
        assertTrue(setFrame.isVisible() && setFrame.isManaged(), "a PDF figure's frame can be dragged too");
        assertTrue(!robot.lookup("#detected-frame").query().isVisible(), "nothing to go back to yet");
        PlotFrame found = figure.result().calibration().frame();
        int curvesFound = figure.result().curves().size();

        // a frame a little inside the one found: the figure is read again inside it
        double inset = Math.max(3, found.width() * 0.02);
        robot.clickOn("#set-frame");
        drag(robot, figure, found.left() + inset, found.top() + inset, found.right() - inset, found.bottom() - inset);
        robot.clickOn("#use-frame");
        waitUntilRead(figure);
        PlotFrame dragged = figure.result().calibration().frame();
        assertTrue(Math.abs(dragged.left() - (found.left() + inset)) < 4, dragged + " vs " + found);
        assertNotNull(figure.nurseFrame());
        DigitisedImageReview saved = vm.state().digitisedReview(key);
        assertNotNull(saved, "saved under the figure's key " + key.sourceKey());
        assertNotNull(saved.axes().frame());
        assertTrue(lastAudit().detail().startsWith("Axes of " + key.describe() + " set to plot frame "), lastAudit().detail());
        assertTrue(robot.lookup("#detected-frame").query().isVisible());

        // back to the frame the digitiser found: same frame and curves as before, the saved frame is gone
        robot.clickOn("#detected-frame");
        waitUntilRead(figure);
        assertNull(figure.nurseFrame());
        assertEquals(found, figure.result().calibration().frame());
        assertEquals(curvesFound, figure.result().curves().size());
        DigitisedImageReview after = vm.state().digitisedReview(key);
        assertTrue(after == null || after.axes() == null, String.valueOf(after));
        assertEquals("Plot frame of " + key.describe() + " back to the frame found in the image", lastAudit().detail());
        assertTrue(!robot.lookup("#detected-frame").query().isVisible());
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> audit = vm.state().audit();
        return audit.get(audit.size() - 1);
    }
}
