package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.imrtreview.ui.chart.DvhChartPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, decision 0566: a case whose DVH overlay is behind the images tab (its curves digitised from the
 * submitted pictures) has its chart made but not drawn on opening; choosing the overlay tab draws it, once,
 * and shows that very case's chart. Counted, not timed.
 */
@ExtendWith(ApplicationExtension.class)
class ChartDrawnWhenItsTabIsShownUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";
    private static final String OROPHARYNX = "02-oropharynx-cgy-second-sheet-criteria-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private void openAndWait(FxRobot robot, Path folder, JFreeChart before) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get()
                && window.viewModel().review().submittedCase() != null
                && folder.equals(window.viewModel().review().submittedCase().folder())
                && pane(robot).chart() != null && pane(robot).chart() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DvhChartPane pane(FxRobot robot) {
        return robot.lookup("#dvhChart").queryAs(DvhChartPane.class);
    }

    private static ChartViewer viewer(DvhChartPane pane) {
        return pane.getChildrenUnmodifiable().stream().filter(ChartViewer.class::isInstance).map(ChartViewer.class::cast)
                .findFirst().orElse(null);
    }

    @Test
    void theOverlayBehindTheImagesIsDrawnWhenItsTabIsChosen(FxRobot robot) {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), BRAIN, OROPHARYNX);
        Path brain = ws.resolve(BRAIN).toAbsolutePath().normalize();
        Path oropharynx = ws.resolve(OROPHARYNX).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);

        long drawn = DvhChartPane.chartsDrawn();
        openAndWait(robot, brain, null);
        DvhChartPane pane = pane(robot);
        assertNotNull(pane.chart(), "sample 01's digitised curves make a chart");
        assertEquals(drawn, DvhChartPane.chartsDrawn(), "behind the images tab the chart is made, not drawn");
        assertNotNull(viewer(pane));
        assertEquals(null, viewer(pane).getChart(), "the viewer was given no chart while its tab is behind");

        robot.interact(() -> window.caseView().showTab("overlay"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(drawn + 1, DvhChartPane.chartsDrawn(), "choosing the overlay tab draws it once");
        assertSame(pane.chart(), viewer(pane).getChart(), "and it is this case's chart");

        robot.interact(() -> window.caseView().showTab("images"));
        robot.interact(() -> window.caseView().showTab("overlay"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(drawn + 1, DvhChartPane.chartsDrawn(), "coming back to the tab does not hand it over again");

        // another case opened while the images are in front: its chart waits for the tab
        robot.interact(() -> window.caseView().showTab("images"));
        JFreeChart brainChart = pane.chart();
        openAndWait(robot, oropharynx, brainChart);
        assertEquals(drawn + 1, DvhChartPane.chartsDrawn(), "the second case's chart is not drawn behind the images");
        assertSame(brainChart, viewer(pane).getChart(), "the hidden viewer still holds the chart it last drew");
        robot.interact(() -> window.caseView().showTab("overlay"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(brainChart, viewer(pane).getChart());
        assertSame(pane.chart(), viewer(pane).getChart(), "the overlay shows the case now open");
    }
}
