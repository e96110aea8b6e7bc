package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A fresh machine (decision 0452): README's two commands open the bundled samples, every one of them shown
 * overdue in red, with nothing saying they are samples or what to do. The first start now says it under the
 * worklist's header, in words a new nurse acts on, and the line goes when she opens her own workspace.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartSamplesHintUiTest {
    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void theSamplesAreSaidToBeSamplesUntilAnotherWorkspaceOpens(FxRobot robot) {
        Path samples = SampleWorkspace.copy(workspace.resolve("samples"), "01-brain-glioblastoma-criteria-met",
                "04-prostate-xls-criteria-not-met");
        Path own = SampleWorkspace.copy(workspace.resolve("own"), "06-esophagus-answer-mismatch-not-met");
        robot.interact(() -> {
            window.openWorkspace(samples);
            window.worklistView().showHint(samples, WorkstationApp.SAMPLES_HINT);
        });
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        var hint = window.worklistView().hint();
        assertTrue(hint.isVisible() && hint.getText().startsWith("These are the bundled sample cases"), hint.getText());
        assertTrue(hint.getText().contains("press Enter") && hint.getText().contains("File ▸ Open workspace…"), hint.getText());
        assertTrue(hint.getHeight() > 0, "the line is laid out, not squeezed away");
        WindowTests.shoot(robot, window, "first-start-samples-hint.png");

        robot.interact(() -> window.openWorkspace(own));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        assertEquals("", hint.getText());
        assertFalse(hint.isVisible());
    }
}
