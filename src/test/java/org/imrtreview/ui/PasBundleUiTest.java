package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.imrtreview.model.Determination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A PAS bundle dropped on the window opens as its case; a bad one imports nothing. */
@ExtendWith(ApplicationExtension.class)
class PasBundleUiTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void aDroppedBundleOpensAsItsCaseAndABadOneImportsNothing(FxRobot robot) throws Exception {
        Path bundle = dir.resolve("request-bundle.json");
        Files.copy(Path.of("samples-pas/pas-01-brain-criteria-met.json"), bundle);
        robot.interact(() -> window.openDropped(List.of(bundle)));
        Path expected = dir.resolve("pas-inbox").resolve("PA-2026-004117").toAbsolutePath().normalize();
        waitUntil(() -> expected.equals(window.viewModel().openCaseProperty().get())
                && window.viewModel().review().evaluation() != null);
        assertEquals(Determination.CRITERIA_MET, window.viewModel().review().evaluation().determination());

        Path bad = dir.resolve("bad-bundle.json");
        Files.writeString(bad, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}}]}");
        robot.interact(() -> window.openDropped(List.of(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, window.viewModel().openCaseProperty().get(), "the open case stays");
        try (var s = Files.list(dir.resolve("pas-inbox"))) {
            assertEquals(1L, s.count());
        }
        assertFalse(Files.exists(dir.resolve("bad-bundle")));
    }
}
