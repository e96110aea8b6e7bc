package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.stage.Stage;
import org.imrtreview.ui.common.FxTaskExecutor;
import org.imrtreview.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 / decision 0231, without timing: the workstation's window is on screen while the
 * workspace scan is still running (here held until the test lets it go), and the worklist fills
 * afterwards.
 */
class WindowBeforeScanUiTest {

    private final CountDownLatch scanMayFinish = new CountDownLatch(1);
    private final CountDownLatch scanStarted = new CountDownLatch(1);

    @AfterEach
    void tearDown() throws Exception {
        scanMayFinish.countDown();
        WorkstationApp.services = WorkstationServices::standard;
        FxToolkit.cleanupStages();
    }

    /** Runs every task on the real executor, holding the workspace scan until released. */
    private final class HeldScan implements TaskExecutor {
        private final FxTaskExecutor real = new FxTaskExecutor();

        @Override
        public <T> Cancellable execute(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                       Consumer<Throwable> onFailure) {
            Callable<T> held = !description.startsWith("Reading workspace") ? work : () -> {
                scanStarted.countDown();
                scanMayFinish.await(60, TimeUnit.SECONDS);
                return work.call();
            };
            return real.execute(description, held, onSuccess, onFailure);
        }

        @Override
        public ReadOnlyIntegerProperty runningProperty() {
            return real.runningProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return real.messageProperty();
        }

        @Override
        public void shutdown() {
            real.shutdown();
        }

        @Override
        public java.util.concurrent.Executor executor() {
            return real.executor();
        }
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
    void theWindowIsShownBeforeTheWorkspaceScanCompletes() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkstationApp.services = () -> WorkstationServices.standard().withTasks(new HeldScan());
        // inside the headless 1280x800 screen (a window larger than the screen overflows Monocle's buffer)
        var prefs = org.imrtreview.ui.common.UserPrefs.standard();
        // the window opens its last workspace: a copy, so reading the next case ahead writes nothing into samples/
        prefs.lastWorkspace(SampleWorkspace.copy(workspace, "01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met"));
        prefs.windowBounds(new org.imrtreview.ui.common.UserPrefs.WindowBounds(0, 0, 1200, 760, false));
        prefs.flush();
        WorkstationApp app = new WorkstationApp();
        WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            return null;
        }).get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scanStarted.await(60, TimeUnit.SECONDS), "the workspace scan started");
        assertTrue(stage.isShowing(), "the window is on screen while the scan runs");
        MainWindow window = app.window();
        assertTrue(window.viewModel().worklist().loadingProperty().get(), "the worklist says it is reading");
        assertTrue(window.viewModel().worklist().entries().isEmpty(), "nothing listed before the scan ends");

        scanMayFinish.countDown();
        WindowTests.waitUntil(() -> !window.viewModel().worklist().loadingProperty().get());
        Path folder = window.viewModel().worklist().folderProperty().get();
        assertTrue(folder != null, "the workspace is open once the scan ends");
        assertFalse(window.viewModel().worklist().entries().isEmpty() && folder == null);
    }
}
