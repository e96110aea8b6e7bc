package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The nurse opens "Structures and plans" beside the overlay and points an organ at another structure. */
@ExtendWith(ApplicationExtension.class)
class DvhStructuresUiTest {
    private static final String SAMPLE = "09-prostate-dvh-data-mismatch";

    static {
        System.setProperty("testfx.setup.timeout", "120000");
    }

    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(WorkstationServices.standard(), new RecordingDialogs());
        Scene scene = new Scene(window, 1280, 760);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
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

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
