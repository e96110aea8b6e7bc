package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.imrtreview.model.Determination;
import org.imrtreview.store.NurseDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A nurse's day, found on the tour (decision 0450): the Letter tab saved an approval letter for a case no one
 * had decided (it follows the recommendation until a decision is recorded, and its chooser offers every kind),
 * and an approval recorded before the provider's corrected table arrived still went out as an approval, the
 * decision line calling it an override she never made. Now a letter is saved or printed only for the decision
 * recorded, while it stands on the case as it is; the decision line says when the case changed since.
 */
@ExtendWith(ApplicationExtension.class)
class LetterStatesTheRecordedDecisionUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";
    private static final String REVISED_TABLE = """
            OAR,Dose Constraint,Source of Constraint,3D-CRT,IMRT,Can constraint only be met with IMRT?
            Brainstem,Dmax < 54 Gy,QUANTEC,53.0 Gy,52.1 Gy,No
            Optic chiasm,Dmax < 55 Gy,QUANTEC,53.2 Gy,47.8 Gy,No
            Left cochlea,Dmean <= 45 Gy,QUANTEC,44.2 Gy,39.5 Gy,No
            Right optic nerve,Dmax < 55 Gy,QUANTEC,50.9 Gy,46.3 Gy,No
            """;

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
        waitUntil(() -> window.viewModel().review().session() != null
                && folder.equals(window.viewModel().review().session().folder())
                && window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
    }

    private void save(FxRobot robot) {
        robot.interact(() -> {
            window.caseView().showLetter();
            window.caseView().letter().saveAs();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLetterIsSavedOnlyForTheDecisionRecordedWhileItStands(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, MET);
        Path folder = workspace.resolve(MET);
        Path outbox = Files.createDirectories(workspace.resolve("outbox"));
        open(robot, folder);
        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));

        // no decision yet: the approval letter (the recommendation's) is previewed, not saved
        Path first = outbox.resolve("before-deciding.pdf");
        dialogs.saveAnswer = first;
        save(robot);
        waitUntil(() -> window.banners().messages().stream().anyMatch(m -> m.startsWith("Record your decision first")));
        assertFalse(Files.exists(first), "no letter without a recorded decision");

        // approved: the approval letter is saved
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.APPROVE, "").isEmpty()));
        window.saver().flush();
        Path approval = outbox.resolve("approval.pdf");
        dialogs.saveAnswer = approval;
        save(robot);
        waitUntil(() -> Files.exists(approval));

        // the provider's corrected table arrives after her decision; she opens another case and comes back
        Files.writeString(folder.resolve("summary_revised.csv"), REVISED_TABLE);
        SampleWorkspace.copy(workspace, "06-esophagus-answer-mismatch-not-met");
        open(robot, workspace.resolve("06-esophagus-answer-mismatch-not-met"));
        open(robot, folder);
        assertEquals(Determination.INCOMPLETE, window.viewModel().review().evaluation().determination());
        Label recorded = robot.lookup("#decisionRecorded").queryAs(Label.class);
        assertTrue(recorded.getText().contains("the case has changed since"), recorded.getText());
        assertFalse(recorded.getText().contains("(overrides the recommendation)"), recorded.getText());
        assertTrue(recorded.getStyleClass().contains("decision-outdated"));
        Label badge = robot.lookup("#caseStatus").queryAs(Label.class);
        assertEquals("Approved — case changed", badge.getText(), "the header does not show the approval settled");
        WindowTests.shoot(robot, window, "decision-outdated.png");

        Path stale = outbox.resolve("approval-after-the-change.pdf");
        dialogs.saveAnswer = stale;
        save(robot);
        waitUntil(() -> window.banners().messages().stream().anyMatch(m -> m.startsWith("Your decision (Approve) was recorded")));
        assertFalse(Files.exists(stale), "the approval made before the table changed is not sent");
    }
}
