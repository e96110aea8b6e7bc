package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The nurse opens "Structures and plans" beside the overlay and points an organ at another structure. */
@ExtendWith(ApplicationExtension.class)
class DvhStructuresUiTest {
    private static final String SAMPLE = "09-prostate-dvh-data-mismatch";


    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void choosingAnotherStructureForAnOrganReEvaluatesTheRow(FxRobot robot) {
        Path ws = workspace.resolve("ws");
        SampleWorkspace.copy(ws, SAMPLE);
        robot.interact(() -> window.viewModel().openCase(ws.resolve(SAMPLE)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        Double before = window.viewModel().review().evaluation().rows().get(0).dvhImrt();

        ToggleButton toggle = robot.lookup("#showDvhStructures").queryAs(ToggleButton.class);
        assertTrue(toggle.isVisible(), "shown for a case with DVH data");
        robot.interact(() -> toggle.setSelected(true));
        @SuppressWarnings("unchecked")
        ComboBox<String> rectum = robot.lookup("#structure-0").queryAs(ComboBox.class);
        assertEquals("Automatic (Rectum)", rectum.getValue());
        robot.interact(() -> rectum.setValue("Bladder"));
        waitUntil(() -> !before.equals(window.viewModel().review().evaluation().rows().get(0).dvhImrt()));

        assertEquals("Bladder", window.viewModel().review().dvhChoices().structureForOrgan().get("Rectum"));
        @SuppressWarnings("unchecked")
        ComboBox<String> again = robot.lookup("#structure-0").queryAs(ComboBox.class);
        assertEquals("Bladder", again.getValue(), "the pane shows the choice after re-evaluation");
    }

}
