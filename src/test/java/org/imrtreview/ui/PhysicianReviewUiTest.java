package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.report.ReportsPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18, the physician's part in the window: the nurse refers sample 04; the case is in the
 * worklist's "Physician review" filter; the Physician review pane lets no one but a physician act
 * (no identity, a nurse); the physician says who she is (Tools ▸ Who is using this workstation),
 * upholds with her rationale, and the case is denied, saved, out of the physician's queue and counted
 * in Tools ▸ Reports. The panes are pictured in target/ui-shots for a look.
 */
@ExtendWith(ApplicationExtension.class)
class PhysicianReviewUiTest {
    private static final String REFERRED = "04-prostate-xls-criteria-not-met";
    private static final String APPROVABLE = "01-brain-glioblastoma-criteria-met";

    @TempDir
    static Path workspace;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    @Test
    void onlyAPhysicianUpholdsAReferredCaseAndTheDepartmentSeesIt(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, REFERRED, APPROVABLE);
        robot.interact(() -> window.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> window.viewModel().worklist().entries().size() == 2);
        Path folder = workspace.resolve(REFERRED);
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null);

        Node pane = robot.lookup("#physicianReview").query();
        assertFalse(pane.isVisible(), "no physician part before the nurse refers");
        robot.interact(() -> assertEquals(Optional.empty(), window.viewModel().review().decide(NurseDecision.REFER, "")));
        assertTrue(pane.isVisible());
        Button uphold = robot.lookup("#upholdButton").queryButton();
        assertTrue(uphold.isDisabled(), "nobody has said who she is");
        assertTrue(robot.lookup("#physicianIdentity").queryAs(Label.class).getText().contains("Who is using this workstation"));

        robot.interact(() -> window.identityProperty().set(new ReviewerIdentity("Dana Whitfield", "RN", ReviewerRole.NURSE)));
        assertTrue(uphold.isDisabled(), "a nurse never denies");
        assertTrue(robot.lookup("#physicianIdentity").queryAs(Label.class).getText().contains("Only a physician reviewer"));
        shoot(robot, pane, "physician-pane-nurse.png");

        dialogs.identityAnswer = new ReviewerIdentity("Helen Vance", "MD, Radiation Oncology", ReviewerRole.PHYSICIAN);
        robot.interact(window::askIdentity);
        assertTrue(dialogs.asked.contains("identity"));
        assertFalse(uphold.isDisabled());
        assertTrue(robot.lookup("#statusUser").queryAs(Label.class).getText().contains("Helen Vance, MD"));

        robot.interact(uphold::fire);
        assertTrue(robot.lookup("#physicianError").queryAs(Label.class).getText().contains("rationale"));
        robot.interact(() -> robot.lookup("#physicianRationale").queryAs(TextArea.class)
                .setText("Rectum and bladder limits are met by the 3D plan; IMRT is not needed."));
        shoot(robot, pane, "physician-pane-physician.png");
        robot.interact(uphold::fire);

        assertEquals("", robot.lookup("#physicianError").queryAs(Label.class).getText());
        assertEquals(ReviewStatus.DENIED, window.viewModel().review().state().status());
        assertTrue(robot.lookup("#physicianStatus").queryAs(Label.class).getText().contains("Denied"));
        assertFalse(robot.lookup("#physicianRationale").queryAs(TextArea.class).getParent().isVisible(),
                "a decided case is not decided again");
        assertNotNull(window.viewModel().review().session().letterSigning(java.time.ZoneOffset.UTC),
                "the letter is now the signed denial");
        shoot(robot, pane, "physician-pane-upheld.png");
        window.saver().flush();
        assertEquals(ReviewStatus.DENIED, new ReviewStateStore().read(folder).state().status(), "saved with the case");

        robot.interact(() -> window.viewModel().backToWorklist());
        CheckBox filter = robot.lookup("#physicianFilter").queryAs(CheckBox.class);
        robot.interact(() -> filter.setSelected(true));
        waitUntil(() -> window.viewModel().worklist().visible().isEmpty());
        robot.interact(() -> filter.setSelected(false));
        waitUntil(() -> window.viewModel().worklist().visible().size() == 2);

        robot.interact(window::showReports);
        ReportsPane reports = window.reportsPane();
        waitUntil(() -> reports.shown() != null);
        assertEquals(2, reports.shown().cases());
        assertEquals(1, reports.shown().upheld());
        assertEquals(1, reports.shown().byStatus().get(ReviewStatus.DENIED));
        assertTrue(robot.lookup("#reportText").queryAs(TextArea.class).getText().contains("Referred to a physician reviewer: 1"));
        shoot(robot, reports, "reports.png");
    }

    private static void shoot(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            try {
                Path dir = Path.of("target", "ui-shots");
                Files.createDirectories(dir);
                ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", dir.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
