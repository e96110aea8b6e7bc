package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 6: a case with many reasons (sample 10's rows with their citations) shows the first few and
 * keeps the decision buttons in sight; the rest come on demand, all of them.
 */
@ExtendWith(ApplicationExtension.class)
class ReasonsOnDemandUiTest {
    private static final String MANY = "10-head-neck-stricter-than-published";

    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void theFirstReasonsShowAndTheRestComeOnDemand(FxRobot robot) {
        SampleWorkspace.copy(workspace, MANY);
        Path folder = workspace.resolve(MANY);
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        int all = window.viewModel().review().evaluation().reasons().size();
        assertTrue(all > 3, "sample 10 has many reasons: " + all);

        assertEquals(3, robot.lookup(".reason").queryAllAs(Label.class).size());
        Hyperlink more = robot.lookup("#moreReasons").queryAs(Hyperlink.class);
        assertEquals("Show all " + all + " reasons", more.getText());

        robot.interact(more::fire);
        assertEquals(all, robot.lookup(".reason").queryAllAs(Label.class).size());
        assertTrue(robot.lookup("#moreReasons").tryQuery().isEmpty(), "the link goes once everything is shown");
    }
}
