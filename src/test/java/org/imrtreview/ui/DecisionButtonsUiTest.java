package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 10: the recorded decision is the one filled button; the recommended one is only marked
 * (dashed outline and "Recommended: …"), before and after a decision, so the two are never confused.
 */
@ExtendWith(ApplicationExtension.class)
class DecisionButtonsUiTest {
    private static final String NOT_MET = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    static Path workspace;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    private static boolean filled(Button b) {
        return b.getStyleClass().contains("success") || b.getStyleClass().contains("accent");
    }

    @Test
    void onlyTheRecordedDecisionIsFilledAndTheRecommendedOneIsMarked(FxRobot robot) {
        SampleWorkspace.copy(workspace, NOT_MET);
        robot.interact(() -> window.viewModel().openCase(workspace.resolve(NOT_MET)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        Button approve = robot.lookup("#approveButton").queryAs(Button.class);
        Button requestInfo = robot.lookup("#requestInfoButton").queryAs(Button.class);
        Button refer = robot.lookup("#referButton").queryAs(Button.class);
        Label recommended = robot.lookup("#recommendedDecision").queryAs(Label.class);

        // before a decision: nothing filled, the recommendation marked and named
        assertEquals(List.of(), List.of(approve, requestInfo, refer).stream().filter(DecisionButtonsUiTest::filled).toList());
        assertTrue(refer.getStyleClass().contains("recommended"));
        assertEquals("Recommended: " + NurseDecision.REFER.title(), recommended.getText());
        assertEquals("Refer to physician (recommended)", refer.getAccessibleText());

        // a decision against the recommendation: the chosen one is filled and ticked, the recommended one only marked
        dialogs.confirmAnswer = true;
        robot.interact(() -> {
            window.caseView().determination().reasonField().setText("Provider's MRI shows cord compression; asking for the report");
            window.caseView().determination().decide(NurseDecision.REQUEST_INFO);
        });
        Label error = robot.lookup("#decisionError").queryAs(Label.class);
        waitUntil(() -> window.viewModel().review().state().decision() != null || !error.getText().isEmpty());
        assertEquals("", error.getText(), "the decision was refused");
        assertTrue(filled(requestInfo) && requestInfo.getText().startsWith("✓ "), requestInfo.getStyleClass().toString());
        assertFalse(filled(refer), "the recommendation is not filled: " + refer.getStyleClass());
        assertTrue(refer.getStyleClass().contains("recommended"));
        assertEquals("Request info (your recorded decision)", requestInfo.getAccessibleText());

        // following the recommendation: that button is filled and the line says it was recorded
        robot.interact(() -> window.caseView().determination().decide(NurseDecision.REFER));
        waitUntil(() -> window.viewModel().review().state().decision().decision() == NurseDecision.REFER);
        assertTrue(filled(refer) && !filled(requestInfo));
        assertEquals("Recommended: " + NurseDecision.REFER.title() + " — recorded", recommended.getText());
    }
}
