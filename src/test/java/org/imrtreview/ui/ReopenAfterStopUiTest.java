package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.UserPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0474: the workstation killed (kill -9, a crash, the power) while a case was open starts again on that
 * case — its own saved work, not another case's — and the status line says so; a case she left for the worklist,
 * or a window she closed, reopens nothing.
 */
class ReopenAfterStopUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";
    private static final String OROPHARYNX = "02-oropharynx-cgy-second-sheet-criteria-met";

    @TempDir
    Path temp;

    private final UserPrefs prefs = UserPrefs.standard();

    @BeforeEach
    void noReadingAhead() {
        System.setProperty(WorkstationViewModel.READ_AHEAD_PROPERTY, "0");
    }

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty(WorkstationViewModel.READ_AHEAD_PROPERTY);
        prefs.openCase(null);
        prefs.flush();
        FxToolkit.cleanupStages();
    }

    private WorkstationApp start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkstationApp.services = WorkstationServices::standard;
        WorkstationApp app = new WorkstationApp();
        WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            return null;
        }).get(120, TimeUnit.SECONDS);
        return app;
    }

    @Test
    void theCaseOpenWhenTheWorkstationWasKilledOpensAgainWithItsOwnWork() throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), BRAIN, OROPHARYNX);
        Instant t = Instant.parse("2026-12-06T15:00:00Z");
        ReviewStateStore states = new ReviewStateStore();
        states.save(ws.resolve(BRAIN), ReviewState.fresh().markOpened(t, "ann").withNotes("Brain: called the provider's office."));
        states.save(ws.resolve(OROPHARYNX), ReviewState.fresh().markOpened(t, "ann")
                .withNotes("Oropharynx: the second sheet is in cGy, checked."));
        Path oropharynx = ws.resolve(OROPHARYNX).toAbsolutePath().normalize();
        // what the window left in the preferences when it was killed with sample 02 open
        prefs.lastWorkspace(ws);
        prefs.openCase(oropharynx);
        prefs.windowBounds(new UserPrefs.WindowBounds(0, 0, 1200, 760, false));
        prefs.flush();

        WorkstationApp app = start();
        MainWindow window = app.window();
        WorkstationViewModel vm = window.viewModel();
        waitUntil(() -> oropharynx.equals(vm.openCaseProperty().get()) && !vm.caseLoadingProperty().get()
                && vm.review().stateProperty().get() != null && vm.review().evaluation() != null);
        assertEquals(WorkstationViewModel.Screen.CASE, vm.screenProperty().get());
        assertEquals("Oropharynx: the second sheet is in cGy, checked.", vm.review().stateProperty().get().notes(),
                "its own saved work");
        Label status = (Label) window.lookup("#statusMessage");
        waitUntil(() -> status.getText().startsWith("Reopened " + OROPHARYNX + ": it was open when the workstation stopped"));
        WindowTests.shoot(new org.testfx.api.FxRobot(), window, "reopened-after-stop.png");

        // back to the worklist: nothing to reopen; another case open: that one; the notice goes with the case
        WaitForAsyncUtils.asyncFx(vm::backToWorklist).get(10, TimeUnit.SECONDS);
        assertNull(prefs.openCase());
        Path brain = ws.resolve(BRAIN).toAbsolutePath().normalize();
        WaitForAsyncUtils.asyncFx(() -> vm.openCase(brain)).get(10, TimeUnit.SECONDS);
        waitUntil(() -> brain.equals(vm.openCaseProperty().get()) && !vm.caseLoadingProperty().get()
                && vm.review().stateProperty().get() != null);
        assertEquals(brain, prefs.openCase());
        assertEquals("Brain: called the provider's office.", vm.review().stateProperty().get().notes());
        assertTrue(!status.getText().startsWith("Reopened"), status.getText());
    }

    @Test
    void aCaseOfAnotherWorkspaceOrOneNoLongerThereOpensNothing() throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), BRAIN);
        prefs.lastWorkspace(ws);
        prefs.openCase(temp.resolve("elsewhere/" + OROPHARYNX));
        prefs.windowBounds(new UserPrefs.WindowBounds(0, 0, 1200, 760, false));
        prefs.flush();
        WorkstationApp app = start();
        WorkstationViewModel vm = app.window().viewModel();
        waitUntil(() -> !vm.worklist().loadingProperty().get() && vm.worklist().entries().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkstationViewModel.Screen.WORKLIST, vm.screenProperty().get());
        assertNull(vm.openCaseProperty().get());
    }
}
