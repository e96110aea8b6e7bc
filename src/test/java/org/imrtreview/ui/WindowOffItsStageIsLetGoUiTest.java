package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0612: a workstation window taken off its stage stops its minute and 15-second ticks, and so is let go.
 * A running timeline is held by the toolkit's timer: the integration run of ffacd14 held 51 windows (2.6 GB of its
 * 3 GB test heap) because each test's window, replaced by the next test's, kept ticking.
 */
@ExtendWith(ApplicationExtension.class)
class WindowOffItsStageIsLetGoUiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aWindowReplacedOnItsStageIsCollected(FxRobot robot) throws Exception {
        WeakReference<MainWindow>[] ref = newRef();
        robot.interact(() -> {
            MainWindow window = WindowTests.show(stage, new RecordingDialogs());
            ref[0] = new WeakReference<>(window);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ref[0].get() != null);
        robot.interact(() -> stage.setScene(new Scene(new Pane(), 200, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 20 && ref[0].get() != null; i++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(ref[0].get(), "the window taken off its stage is still held");
    }

    @SuppressWarnings("unchecked")
    private static WeakReference<MainWindow>[] newRef() {
        return new WeakReference[1];
    }
}
