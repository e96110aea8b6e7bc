package org.imrtreview.ui.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.imrtreview.digitize.Confidence;
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
        assertTrue(robot.lookup("#calibration-note").queryAs(Label.class).getText().startsWith("Dose axis: user"));
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
