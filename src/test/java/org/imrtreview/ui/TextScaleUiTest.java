package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.ui.common.TextScale;
import org.imrtreview.ui.common.UserPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: a nurse reading all day sizes the text with Ctrl+plus, Ctrl+minus and Ctrl+0, and finds it the
 * same size after a restart (the preferences node is the tests' own, {@code imrt.prefs.node}).
 */
class TextScaleUiTest {

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void tearDown() throws Exception {
        UserPrefs prefs = UserPrefs.standard();
        prefs.textScale(TextScale.NORMAL);
        prefs.flush();
        FxToolkit.cleanupStages();
    }

    private static WorkstationApp start(Stage stage) throws Exception {
        WorkstationApp app = new WorkstationApp();
        WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            return null;
        }).get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    private static double fontSize(MainWindow window) {
        Label status = (Label) window.lookup(".label");
        return status.getFont().getSize();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path workspace;

    /** No case is read ahead behind the test's back (decision 0297): nothing runs on after the test's end. */
    @org.junit.jupiter.api.BeforeEach
    void noReadingAhead() {
        System.setProperty(WorkstationViewModel.READ_AHEAD_PROPERTY, "0");
    }

    @org.junit.jupiter.api.AfterEach
    void readingAheadAsShipped() {
        System.clearProperty(WorkstationViewModel.READ_AHEAD_PROPERTY);
    }

    @Test
    void textSizeFollowsTheKeysAndIsRememberedAcrossRestarts() throws Exception {
        UserPrefs prefs = UserPrefs.standard();
        // the window opens its last workspace: a copy, so reading the next case ahead writes nothing into samples/
        prefs.lastWorkspace(SampleWorkspace.copy(workspace, "01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met"));
        prefs.windowBounds(new UserPrefs.WindowBounds(0, 0, 1200, 760, false));
        prefs.textScale(TextScale.NORMAL);
        prefs.flush();
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkstationApp first = start(stage);
        MainWindow window = first.window();
        double normal = fontSize(window);

        robot.interact(() -> window.worklistView().table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL); // the "+" key
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);       // keypad +
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(125, window.textScale().percent());
        assertEquals(normal * 1.25, fontSize(window), 0.01, "every label follows the window's size");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(110, window.textScale().percent());

        // closed and started again: the same size
        robot.interact(first::stop);
        FxToolkit.cleanupStages();
        assertEquals(110, UserPrefs.standard().textScale());
        WorkstationApp second = start(FxToolkit.registerPrimaryStage());
        assertEquals(110, second.window().textScale().percent());
        assertEquals(normal * 1.10, fontSize(second.window()), 0.01);

        robot.interact(() -> second.window().worklistView().table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TextScale.NORMAL, second.window().textScale().percent());
        assertTrue(UserPrefs.standard().textScale() == TextScale.NORMAL, "the normal size is remembered too");
        robot.interact(second::stop);
    }
}
