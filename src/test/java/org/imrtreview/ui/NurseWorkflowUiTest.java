package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.worklist.WorklistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the window as a nurse would, headless (Monocle): pick a case from the worklist, read the
 * recommendation and a flag, correct a cell and watch the verdict change, decide against the
 * recommendation with a reason, and find the work again after reopening.
 */
@ExtendWith(ApplicationExtension.class)
class NurseWorkflowUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";
    private static final String MISMATCH = "06-esophagus-answer-mismatch-not-met";


    @TempDir
    static Path workspace;

    private MainWindow window;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.show(stage, dialogs);
    }

    @org.junit.jupiter.api.BeforeEach
    void freshCopyOfTheSamples() {
        SampleWorkspace.copy(workspace.resolve("ws-" + System.nanoTime()), MET, MISMATCH);
    }

    private Path openWorkspace(FxRobot robot) {
        Path ws;
        try (var dirs = java.nio.file.Files.list(workspace)) {
            ws = dirs.filter(p -> p.getFileName().toString().startsWith("ws-")).sorted().reduce((a, b) -> b).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        return ws;
    }

    private void openFromWorklist(FxRobot robot, String memberName) {
        TableView<WorklistEntry> table = window.worklistView().table();
        Node cell = robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && memberName.equals(c.getText()) && c.getTableView() == table).query();
        // click and Enter rather than a double-click: under load two clicks can fall outside the
        // double-click interval, and Enter is what keyboard users press anyway
        robot.clickOn(cell).type(KeyCode.ENTER);
        waitUntil(() -> window.viewModel().review().evaluation() != null);
    }

    @Test
    void nurseOpensACaseFromTheWorklistAndSeesTheRecommendationAndAFlaggedRow(FxRobot robot) {
        openWorkspace(robot);

        openFromWorklist(robot, "Gloria N. Whitcombe");

        Label badge = robot.lookup("#determinationBadge").queryAs(Label.class);
        assertEquals(Determination.CRITERIA_NOT_MET.title(), badge.getText());
        Label flag = robot.lookup("#flag-ANSWER_MISMATCH").queryAs(Label.class);
        assertTrue(flag.getTooltip().getText().length() > 20, flag.getTooltip().getText());
        assertEquals("Gloria N. Whitcombe  ·  ID ZRH118843307", robot.lookup("#caseTitle").queryAs(Label.class).getText());
        assertEquals(ReviewStatus.IN_REVIEW.title(), robot.lookup("#caseStatus").queryAs(Label.class).getText());
    }

    @Test
    void correctingTheDosesThatSupportTheRequestChangesTheRecommendation(FxRobot robot) {
        openWorkspace(robot);
        openFromWorklist(robot, "Margaret T. Ellison");
        assertEquals(Determination.CRITERIA_MET, window.viewModel().review().evaluation().determination());

        // the nurse finds the 3D plan doses were misread: the 3D plan meets both constraints
        editCell(robot, 0, Column.DOSE_3D, "52 Gy");
        editCell(robot, 2, Column.DOSE_3D, "44 Gy");

        waitUntil(() -> window.viewModel().review().evaluation().determination() == Determination.CRITERIA_NOT_MET);
        assertEquals(Determination.CRITERIA_NOT_MET.title(), robot.lookup("#determinationBadge").queryAs(Label.class).getText());
        assertTrue(cellOf(robot, 0, Column.DOSE_3D).getStyleClass().contains("edited"), "an edited cell is marked");
        assertTrue(cellOf(robot, 2, Column.DOSE_3D).getStyleClass().contains("edited"), "an edited cell is marked");
        assertFalse(cellOf(robot, 1, Column.DOSE_3D).getStyleClass().contains("edited"), "a cell left alone is not");
        assertEquals("58.6 Gy", window.viewModel().review().submittedText(1, Column.DOSE_3D));
    }

    @Test
    void aDecisionAgainstTheRecommendationNeedsAReasonAndIsRestoredOnReopening(FxRobot robot) {
        Path ws = openWorkspace(robot);
        openFromWorklist(robot, "Margaret T. Ellison");

        robot.clickOn("#requestInfoButton");
        assertFalse(robot.lookup("#decisionError").queryAs(Label.class).getText().isBlank(),
                "a reason is asked for when the decision differs from the recommendation");
        assertEquals(null, window.viewModel().review().state().decision());

        robot.clickOn("#decisionReason").write("Brainstem DVH image is cut off; need the full curve.");
        dialogs.confirmAnswer = false;
        robot.clickOn("#requestInfoButton");
        assertEquals(null, window.viewModel().review().state().decision(), "not recorded until confirmed");
        assertTrue(dialogs.asked.contains("confirm Decide against the recommendation?"), dialogs.asked.toString());
        dialogs.confirmAnswer = true;
        robot.clickOn("#requestInfoButton");
        waitUntil(() -> window.viewModel().review().state().decision() != null);
        Node notes = robot.lookup("#notes").query();
        robot.interact(notes::requestFocus);
        robot.write("Called the clinic 10:40.");
        assertEquals(ReviewStatus.PENDED.title(), robot.lookup("#caseStatus").queryAs(Label.class).getText());

        // close the window (work is flushed) and open the case again in a fresh window
        robot.interact(() -> window.shutdown());
        RecordingDialogs secondDialogs = new RecordingDialogs();
        robot.interact(() -> {
            window = new MainWindow(WorkstationServices.standard(), secondDialogs);
            stage.getScene().setRoot(window);
            window.viewModel().openCase(ws.resolve(MET));
        });
        waitUntil(() -> window.viewModel().review().evaluation() != null);

        var state = window.viewModel().review().state();
        assertEquals("Brainstem DVH image is cut off; need the full curve.", state.decision().reason());
        assertTrue(state.decision().overridesRecommendation());
        assertEquals("Called the clinic 10:40.", state.notes());
        assertTrue(robot.lookup("#decisionRecorded").queryAs(Label.class).getText().contains("Request information"));
        assertTrue(java.nio.file.Files.exists(ReviewStateStore.stateFile(ws.resolve(MET))));
    }

    @Test
    void theLetterForTheRecommendationCanBePreviewedOnceTheNurseSignsIt(FxRobot robot) {
        openWorkspace(robot);
        openFromWorklist(robot, "Margaret T. Ellison");
        robot.clickOn("Letter");

        robot.clickOn("#letterPreviewButton");
        waitUntil(() -> window.caseView().letter().pagesBox().getChildren().get(0) instanceof Label l
                && l.getText().contains("reviewer name"));

        robot.clickOn("#letterReviewer").write("Jane Doe, RN");
        robot.clickOn("#letterPreviewButton");
        waitUntil(() -> window.caseView().letter().pagesBox().getChildren().stream()
                .anyMatch(n -> n instanceof javafx.scene.image.ImageView));
        long pages = window.caseView().letter().pagesBox().getChildren().stream()
                .filter(n -> n instanceof javafx.scene.image.ImageView).count();
        assertTrue(pages >= 1, "the approval letter has at least one page");
    }

    private void editCell(FxRobot robot, int rowIndex, Column column, String text) {
        Node cell = cellOf(robot, rowIndex, column);
        WindowTests.startEditing(robot, cell);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The shown cell of a row and column. Rows wrap to several lines in this small window: the row is
     * brought into view first, as a nurse scrolls to it, else its middle can sit on the table's lower edge
     * and a click lands below the table.
     */
    private TableCell<?, ?> cellOf(FxRobot robot, int rowIndex, Column column) {
        TableView<?> table = window.caseView().table();
        robot.interact(() -> table.scrollTo(rowIndex));
        WaitForAsyncUtils.waitForFxEvents();
        return (TableCell<?, ?>) robot.lookup(".summary-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableView() == table && c.getIndex() == rowIndex && c.isVisible()
                && ("col-" + column.missingWord()).equals(c.getTableColumn().getId())).query();
    }
}
