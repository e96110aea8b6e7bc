package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.imrtreview.ui.casereview.DocumentsPane;
import org.imrtreview.ui.viewer.EvidenceWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13: a document opens at full size in a window of its own (a nurse's second monitor), follows the
 * documents list, and never keeps one patient's page up while another patient's case is open.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceWindowUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";
    private static final String MISMATCH = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    static Path workspace;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    private void open(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null
                && folder.equals(window.viewModel().review().submittedCase().folder()));
    }

    private static int indexOf(ListView<DocumentsPane.DocumentItem> list, String file) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).file().equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " not in " + list.getItems());
    }

    @Test
    void aDocumentOpensInItsOwnWindowFollowsTheListAndIsClearedForTheNextPatient(FxRobot robot) {
        SampleWorkspace.copy(workspace, MET, MISMATCH);
        open(robot, workspace.resolve(MET));
        DocumentsPane documents = window.caseView().documents();
        ListView<DocumentsPane.DocumentItem> list = documents.list();

        robot.interact(() -> list.getSelectionModel().select(indexOf(list, "clinical_history.pdf")));
        robot.clickOn("#openEvidenceWindow");
        // the click is handled on the FX thread: the window exists once it was (read too early it was null for good)
        waitUntil(() -> documents.evidenceWindow() != null && documents.evidenceWindow().isShowing()
                && documents.evidenceWindow().shownFile() != null);
        EvidenceWindow evidence = documents.evidenceWindow();
        assertEquals("clinical_history.pdf", evidence.shownFile().getFileName().toString());
        assertTrue(evidence.headerText().contains("Margaret T. Ellison"), evidence.headerText());

        // selecting another document in the case's list shows it in the evidence window too
        robot.interact(() -> list.getSelectionModel().select(indexOf(list, "dvh_imrt.png")));
        waitUntil(() -> evidence.shownFile() != null && evidence.shownFile().getFileName().toString().equals("dvh_imrt.png"));
        assertTrue(evidence.headerText().endsWith("dvh_imrt.png"), evidence.headerText());

        // the next patient: nothing of the previous one stays in the evidence window; it follows the new case
        Path next = workspace.resolve(MISMATCH);
        open(robot, next);
        assertTrue(evidence.isShowing(), "the window stays open while the nurse works");
        assertTrue(evidence.shownFile() == null || evidence.shownFile().startsWith(next),
                "no page of the previous patient: " + evidence.shownFile());
        assertFalse(evidence.headerText().contains("Margaret"), evidence.headerText());

        robot.interact(() -> list.getSelectionModel().select(indexOf(list, "comparison.png")));
        waitUntil(() -> evidence.shownFile() != null && evidence.shownFile().getFileName().toString().equals("comparison.png"));
        assertEquals(next.resolve("comparison.png"), evidence.shownFile());
        assertTrue(evidence.headerText().contains("Gloria N. Whitcombe"), evidence.headerText());

        // a picture of the window for whoever looks at the layout (target/, not a golden image)
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        evidence.stage().getScene().snapshot(null), null), "png", Path.of("target", "evidence-window.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.interact(evidence::close);
        assertFalse(evidence.isShowing());
    }
}
