package org.imrtreview.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DvhChartPaneTest {

    private DvhChartPane pane;

    @Start
    void start(Stage stage) {
        pane = new DvhChartPane();
        stage.setScene(new Scene(pane, 1200, 760));
        stage.show();
    }

    private void showSample() throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(Path.of("samples/09-prostate-dvh-data-mismatch"));
        pane.show(c, Evaluator.standard().evaluate(c)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsOneToggleAndColourPerTableOrganWithBothPlans(FxRobot robot) throws Exception {
        showSample();
        assertEquals(List.of("Rectum", "Bladder", "Femoral heads", "Penile bulb"), pane.organs());
        assertEquals(10, pane.chart().getXYPlot().getDataset().getSeriesCount(), "3D and IMRT per organ, two femoral heads");
        assertFalse(pane.chart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty(),
                "volume constraints drawn as horizontal lines");
        Path png = Path.of("target", "dvh-chart-pane.png");
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(pane.getScene().snapshot(null), null), "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void untickingAnOrganHidesItsCurvesInBothPlans(FxRobot robot) throws Exception {
        showSample();
        CheckBox rectum = robot.lookup((CheckBox b) -> "Rectum".equals(b.getText())).query();
        assertNotNull(rectum);
        robot.clickOn(rectum);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pane.isOrganVisible("Rectum"));
        assertTrue(pane.isOrganVisible("Bladder"));
        assertFalse(pane.chart().getXYPlot().getRenderer().isSeriesVisible(0));
        assertFalse(pane.chart().getXYPlot().getRenderer().isSeriesVisible(1));
    }

    @Test
    void aCaseWithoutDvhDataShowsAPlainSentence() throws Exception {
        ReviewCase empty = new ReviewCase(Path.of("x"), null, List.of(), null, List.of(), List.of());
        pane.show(empty, null).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), pane.organs());
    }
}
