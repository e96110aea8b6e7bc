package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.imrtreview.model.Determination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fax packet arrives without request.json: the nurse types the details from the cover sheet in
 * the Request details tab; the header, the deadline in the worklist and the evaluation follow, and
 * the details are there again when she reopens the case.
 */
@ExtendWith(ApplicationExtension.class)
class RequestDetailsUiTest {
    private static final String SAMPLE = "10-head-neck-stricter-than-published";


    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void nurseTypesTheRequestDetailsOfAFaxPacketAndFindsThemAgain(FxRobot robot) throws IOException {
        Path ws = workspace.resolve("ws");
        SampleWorkspace.copy(ws, SAMPLE);
        Path folder = ws.resolve(SAMPLE);
        Files.delete(folder.resolve("request.json"));
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        assertEquals(Determination.CRITERIA_MET, window.viewModel().review().evaluation().determination());
        Button link = robot.lookup("#editRequestDetails").queryAs(Button.class);
        assertEquals("Enter request details", link.getText());

        robot.clickOn(link);
        type(robot, "#request-member-name", "Harold P. Westbrook");
        type(robot, "#request-member-id", "ZRH602214775");
        type(robot, "#request-received", "11/20/2026 9:30 AM");
        @SuppressWarnings("unchecked")
        ComboBox<String> urgency = robot.lookup("#request-urgency").queryAs(ComboBox.class);
        robot.interact(() -> urgency.setValue("Expedited"));
        type(robot, "#request-prescription-dose-gy", "70");
        type(robot, "#request-fractions", "35");
        type(robot, "#request-requested-codes", "77301, 77338, 77385");
        robot.clickOn("#saveRequest");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#requestMessages").queryAs(Label.class).getText().startsWith("Saved 7 changes"),
                robot.lookup("#requestMessages").queryAs(Label.class).getText());
        assertEquals("Harold P. Westbrook  ·  ID ZRH602214775", robot.lookup("#caseTitle").queryAs(Label.class).getText());
        assertEquals("Edit", link.getText());
        assertEquals(Determination.CRITERIA_NOT_MET, window.viewModel().review().evaluation().determination(),
                "the typed prescription lets the published check be enforced");
        assertTrue(window.viewModel().worklist().find(folder).orElseThrow().dueAt() != null, "the worklist has a deadline now");

        // a value that cannot be read is not saved
        type(robot, "#request-fractions", "thirty");
        robot.clickOn("#saveRequest");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#requestMessages").queryAs(Label.class).getText().startsWith("Not saved: Fractions"));
        assertEquals(35, window.viewModel().review().effectiveProperty().get().request().prescription().fractions());

        robot.interact(() -> window.viewModel().backToWorklist());
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null
                && window.viewModel().review().effectiveProperty().get() != null
                && window.viewModel().review().effectiveProperty().get().request().member() != null);
        assertEquals("Harold P. Westbrook", robot.lookup("#request-member-name").queryAs(TextField.class).getText());
        assertEquals("35", robot.lookup("#request-fractions").queryAs(TextField.class).getText());
        assertEquals(Determination.CRITERIA_NOT_MET, window.viewModel().review().evaluation().determination());
    }

    @Test
    void theRecommendationIsRedrawnWhenThePrescriptionIsEntered(FxRobot robot) throws IOException {
        // sample 01 (criteria met) without its prescription: the evaluation is the same before and after it is typed
        String sample = "01-brain-glioblastoma-criteria-met";
        Path ws = workspace.resolve("ws01");
        SampleWorkspace.copy(ws, sample);
        Path folder = ws.resolve(sample);
        Path request = folder.resolve("request.json");
        Files.writeString(request, Files.readString(request).replaceAll(
                "\"prescription\"\\s*:\\s*\\{[^}]*\\},", ""));
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        Label badge = robot.lookup("#determinationBadge").queryAs(Label.class);
        waitUntil(() -> badge.getText().equals("Enter the request details before deciding"));

        robot.clickOn("#editRequestDetails");
        type(robot, "#request-prescription-dose-gy", "60");
        type(robot, "#request-fractions", "30");
        robot.clickOn("#saveRequest");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> window.viewModel().review().requestDetailsMissing().isEmpty());
        waitUntil(() -> badge.getText().equals(Determination.CRITERIA_MET.title()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Pane reasons = (javafx.scene.layout.Pane) badge.getParent().getChildrenUnmodifiable()
                .get(badge.getParent().getChildrenUnmodifiable().indexOf(badge) + 1);
        String shown = reasons.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).reduce("", (x, y) -> x + "\n" + y);
        assertTrue(!shown.contains("Request details, Ctrl+E"), "no stale request-details line: " + shown);
    }

    @Test
    void aPrescriptionWrittenInWordsHoldsTheCaseUntilSheTypesIt(FxRobot robot) throws IOException {
        // decision 0570: sample 03 (criteria met) whose request.json says "totalDoseGy": "sixty"
        String sample = "03-lung-v20-csv-criteria-met";
        Path ws = workspace.resolve("ws03");
        SampleWorkspace.copy(ws, sample);
        Path folder = ws.resolve(sample);
        Path request = folder.resolve("request.json");
        Files.writeString(request, Files.readString(request).replace("\"totalDoseGy\" : 60.0", "\"totalDoseGy\" : \"sixty\""));
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        assertEquals(Determination.INCOMPLETE, window.viewModel().review().evaluation().determination());
        assertEquals(java.util.List.of("request"), window.viewModel().review().evaluation().missing());

        robot.clickOn("#editRequestDetails");
        assertEquals("", robot.lookup("#request-prescription-dose-gy").queryAs(TextField.class).getText());
        assertEquals("30", robot.lookup("#request-fractions").queryAs(TextField.class).getText());
        type(robot, "#request-prescription-dose-gy", "60");
        robot.clickOn("#saveRequest");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> window.viewModel().review().evaluation().determination() == Determination.CRITERIA_MET);
        assertTrue(window.viewModel().review().evaluation().missing().isEmpty());
        assertTrue(window.viewModel().review().evaluation().problems().stream()
                .anyMatch(p -> p.message().contains("the request details typed in give it")));
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

}
