package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: the case screen's side panels have their width for the window in the very layout pass that gives
 * the screen its width — the first frame of the first case, and the first frame of a maximised window, showed
 * the documents list at its default (or old) width for one frame before it took its share.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsFirstFrameUiTest {
    private static final String CASE = "03-lung-v20-csv-criteria-met";

    @TempDir
    Path workspace;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFirstLayoutOfTheCaseAndOfAGrownWindowGivesTheSidePanelsTheirShare(FxRobot robot) {
        SampleWorkspace.copy(workspace, CASE);
        MainWindow[] window = new MainWindow[1];
        List<double[]> passes = new ArrayList<>();
        robot.interact(() -> {
            window[0] = new MainWindow(WorkstationServices.standard(), new RecordingDialogs());
            Scene scene = new Scene(new Group(window[0]), 1270, 760);
            resize(window[0], 1366, 768);
            stage.setScene(scene);
            stage.show();
            // every layout pass of the case screen once it has a width: the documents list's and the screen's width
            scene.addPostLayoutPulseListener(() -> {
                if (window[0].viewModel().openCaseProperty().get() != null) {
                    SplitPane body = body(window[0].caseView().documents());
                    if (body != null && body.getWidth() > 0) {
                        passes.add(new double[] {body.getWidth(), window[0].caseView().documents().getWidth()});
                    }
                }
            });
        });
        robot.interact(() -> window[0].viewModel().openCase(workspace.resolve(CASE)));
        waitUntil(() -> !window[0].viewModel().caseLoadingProperty().get() && window[0].viewModel().review().evaluation() != null);
        WaitForAsyncUtils.waitForFxEvents();
        double settled = window[0].caseView().documents().getWidth();
        assertTrue(!passes.isEmpty(), "the case screen was laid out");
        assertEquals(settled, passes.get(0)[1], 1.0, "the first frame of the case shows the documents list as it stays");

        double[] grown = new double[2];
        robot.interact(() -> {
            resize(window[0], 1920, 1080);
            grown[0] = body(window[0].caseView().documents()).getWidth();
            grown[1] = window[0].caseView().documents().getWidth();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double after = window[0].caseView().documents().getWidth();
        assertTrue(after > settled + 50, "the documents list takes its share of 1920 px: " + settled + " -> " + after);
        assertEquals(after, grown[1], 1.0, "in the same layout pass that brought the width " + grown[0]);
        robot.interact(window[0]::shutdown);
    }

    private static SplitPane body(Node inside) {
        for (Node n = inside; n != null; n = n.getParent()) {
            if (n instanceof SplitPane s && s.getOrientation() == Orientation.HORIZONTAL && s.getItems().size() == 3) {
                return s;
            }
        }
        return null;
    }

    private static void resize(MainWindow window, int width, int height) {
        Theme.LIGHT.apply(window.getScene());
        window.setMinSize(width, height);
        window.setPrefSize(width, height);
        window.setMaxSize(width, height);
        double scale = Math.min(1270.0 / width, 760.0 / height);
        window.getTransforms().setAll(new Scale(scale, scale, 0, 0));
        window.applyCss();
        window.layout();
    }
}
