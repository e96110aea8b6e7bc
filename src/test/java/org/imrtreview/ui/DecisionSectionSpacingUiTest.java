package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Decision 0662: "YOUR DECISION" starts a section of its own, set off from what the recommendation says above it
 * as the right panel's sections are from each other (14 px), whether the last line above is the "Missing:" line of
 * an incomplete case (07, 12) or a reason (01, a case with nothing missing, and no empty line held for it).
 */
@ExtendWith(ApplicationExtension.class)
class DecisionSectionSpacingUiTest {
    private static final double SECTION_GAP = 14;

    @TempDir
    Path workspace;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    @Test
    void yourDecisionIsSetOffFromTheLineAboveIt(FxRobot robot) {
        String[] samples = {"07-nasopharynx-missing-imaging-incomplete", "12-brain-mets-missing-value-incomplete",
                "01-brain-glioblastoma-criteria-met"};
        SampleWorkspace.copy(workspace, samples);
        List<String> found = new ArrayList<>();
        for (String sample : samples) {
            robot.interact(() -> window.viewModel().openCase(workspace.resolve(sample)));
            waitUntil(() -> !window.viewModel().caseLoadingProperty().get() && window.viewModel().review().evaluation() != null
                    && window.viewModel().review().session().folder().endsWith(sample));
            robot.interact(() -> window.layout());
            Node title = window.lookup("#decisionTitle");
            javafx.scene.control.Label missing = (javafx.scene.control.Label) window.lookup("#missingLine");
            boolean incomplete = !sample.startsWith("01");
            robot.interact(() -> {
                assertEquals(incomplete, missing.getText().startsWith("Missing:"), sample + ": " + missing.getText());
                // the last thing shown above the title: the Missing line, or the last reason
                Node above = null;
                double aboveBottom = -1;
                for (Node n : title.getParent().getChildrenUnmodifiable()) {
                    if (n == title) {
                        break;
                    }
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    if (n.isVisible() && n.isManaged() && b.getHeight() > 0) {
                        above = n;
                        aboveBottom = b.getMaxY();
                    }
                }
                double gap = title.localToScene(title.getLayoutBounds()).getMinY() - aboveBottom;
                if (incomplete && above != missing) {
                    found.add(sample + ": the line above YOUR DECISION is " + above + ", not the Missing line");
                }
                if (gap < SECTION_GAP - 0.5) {
                    found.add(sample + ": " + Math.round(gap) + " px between " + (above == missing ? "the Missing line" : above)
                            + " and YOUR DECISION");
                }
            });
            WindowTests.shoot(robot, title.getParent(), "decision-section-" + sample.substring(0, 2) + ".png");
        }
        robot.interact(window::shutdown);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
