package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0580 (0554's "Not done"): the physician reviewer types her rationale on a referred case, opens another case
 * in between and comes back — it is there, on its own case only; what she typed is on disk beside the case as she
 * typed it (what a kill -9 leaves); upholding records it and the box is empty afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class PhysicianRationaleSavedWorkUiTest {
    private static final String PROSTATE = "04-prostate-xls-criteria-not-met";
    private static final String ESOPHAGUS = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private void open(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().session() != null
                && folder.equals(window.viewModel().review().session().folder())
                && window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextArea box(FxRobot robot) {
        return robot.lookup("#physicianRationale").queryAs(TextArea.class);
    }

    /** The right panel scrolled to the physician's part, as she would. */
    private static void scrollToPhysician(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.Node pane = robot.lookup("#physicianReview").query();
            javafx.scene.Node n = pane;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane sp) {
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(pane.localToScene(pane.getBoundsInLocal())).getMinY();
                double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void herRationaleIsSavedWorkOfItsOwnCase(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), PROSTATE, ESOPHAGUS);
        Path prostate = ws.resolve(PROSTATE).toAbsolutePath().normalize();
        Path esophagus = ws.resolve(ESOPHAGUS).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        open(robot, esophagus);
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.REFER, "Esophagus answer differs.").isEmpty()));
        open(robot, prostate);
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.REFER, "Constraints met with 3D.").isEmpty()));
        robot.interact(() -> window.identityProperty().set(new ReviewerIdentity("Helen Vance", "MD, Radiation Oncology",
                ReviewerRole.PHYSICIAN)));
        WaitForAsyncUtils.waitForFxEvents();

        String rationale = "Rectum and bladder met with 3D.";
        scrollToPhysician(robot);
        robot.clickOn(box(robot)).write(rationale);
        assertEquals(rationale, box(robot).getText());
        // what a kill -9 leaves: the autosaver's write beside the case, as she typed
        ReviewStateStore disk = new ReviewStateStore();
        waitUntil(() -> rationale.equals(disk.load(prostate).state().rationaleDraft()));
        WindowTests.shoot(robot, window, "physician-rationale-typed.png");

        open(robot, esophagus); // another referred case in between: its box is empty
        scrollToPhysician(robot);
        assertEquals("", box(robot).getText());
        WindowTests.shoot(robot, window, "physician-rationale-other-case.png");
        assertEquals("", disk.load(esophagus).state().rationaleDraft());

        open(robot, prostate); // back: hers again
        assertEquals(rationale, box(robot).getText());

        scrollToPhysician(robot);
        robot.clickOn("#upholdButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", box(robot).getText());
        waitUntil(() -> disk.load(prostate).state().physicianDecision() != null);
        ReviewState saved = disk.load(prostate).state();
        assertEquals(rationale, saved.physicianDecision().rationale());
        assertEquals("", saved.rationaleDraft());
    }
}
