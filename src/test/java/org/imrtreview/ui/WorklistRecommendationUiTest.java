package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.LastEvaluations;
import org.imrtreview.store.worklist.WorklistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 7, decision 0246: the worklist shows each case's recommendation and the nurse's decision
 * without reading the cases — the recommendation of the case's last evaluation while its files and saved
 * work are unchanged, "not yet evaluated" or "files changed" otherwise, never a stale one as current.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistRecommendationUiTest {
    private static final String LUNG = "03-lung-v20-csv-criteria-met";
    private static final String ESOPHAGUS = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private String cell(FxRobot robot, String column, String caseName) {
        return robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof WorklistEntry e && caseName.equals(e.caseName()))
                .queryAs(TableCell.class).getText();
    }

    private void open(FxRobot robot, Path ws) {
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2
                && window.viewModel().worklist().recommendations().size() == 2);
        // the cells show what the background check found at the table's next pulse, not at the same instant
        // (on a loaded machine the assertion below read "checking"); a cell that never catches up still fails
        robot.interact(() -> { });
        waitUntil(() -> robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "recommendationColumn".equals(c.getTableColumn().getId())
                && "checking".equals(c.getText())).queryAll().isEmpty());
    }

    @Test
    void theLastEvaluationsRecommendationShowsUntilTheFilesChange(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG, ESOPHAGUS);
        // the nurse asked for information on 06 against its recommendation, in an earlier session
        new ReviewStateStore().save(ws.resolve(ESOPHAGUS), ReviewState.fresh().withDecision(new DecisionRecord(
                NurseDecision.REQUEST_INFO, Determination.CRITERIA_NOT_MET, "the MRI is older than 60 days",
                Instant.parse("2026-12-01T10:00:00Z"), "Dana Reyes, RN")));
        open(robot, ws);
        assertEquals("not yet evaluated", cell(robot, "recommendationColumn", LUNG));
        assertEquals("not yet evaluated", cell(robot, "recommendationColumn", ESOPHAGUS));
        assertEquals("Request info (override)", cell(robot, "decisionColumn", ESOPHAGUS));
        assertEquals(null, cell(robot, "decisionColumn", LUNG));

        // opening the case evaluates it: its line says so at once, and the recommendation is kept beside it
        robot.interact(() -> window.worklistView().select(ws.resolve(LUNG).toAbsolutePath().normalize()));
        robot.interact(() -> window.worklistView().table().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.viewModel().review().evaluation() != null
                && Files.isRegularFile(LastEvaluations.file(ws.resolve(LUNG))));
        // behind the case screen the list is not redrawn; it is as it comes back (decision 0313)
        assertTrue(window.worklistView().refreshWaiting());
        robot.interact(() -> window.viewModel().backToWorklist());
        assertEquals("Criteria met", cell(robot, "recommendationColumn", LUNG));
        assertTrue(!window.worklistView().refreshWaiting());

        // a later session reads it from beside the case, without opening the case
        open(robot, ws);
        assertEquals("Criteria met", cell(robot, "recommendationColumn", LUNG));
        assertEquals("not yet evaluated", cell(robot, "recommendationColumn", ESOPHAGUS));

        // the provider's corrected table arrives in the folder: the old recommendation is not shown as current
        Path table;
        try (Stream<Path> files = Files.list(ws.resolve(LUNG))) {
            table = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        Files.writeString(table, Files.readString(table).replace("Yes", "No"));
        open(robot, ws);
        assertEquals("files changed", cell(robot, "recommendationColumn", LUNG));
        assertTrue(window.viewModel().worklist().recommendation(ws.resolve(LUNG).toAbsolutePath().normalize())
                .explanation().contains("open the case"));
    }

    /**
     * Decision 0582 (0550's "Not done"): a case approved and left is not open; the provider's corrected DVH export
     * lands in its folder. The worklist's minute tick (names, sizes, times; then the bytes of that case only) marks
     * its Status "files changed" before anyone reopens it; the case never changed stays "Approved"/unmarked.
     */
    @Test
    void aDecidedCaseWhoseFilesChangeIsMarkedOnTheTickBeforeItIsReopened(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG, ESOPHAGUS);
        Path lung = ws.resolve(LUNG).toAbsolutePath().normalize();
        open(robot, ws);
        robot.interact(() -> window.viewModel().openCase(lung));
        waitUntil(() -> window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get()
                && Files.isRegularFile(LastEvaluations.file(lung)));
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.APPROVE, null).isEmpty()));
        window.saver().flush();
        robot.interact(() -> window.viewModel().backToWorklist());
        robot.interact(() -> window.viewModel().worklist().tick()); // the minute after: her own save is no change
        Thread.sleep(1500);
        robot.interact(() -> { });
        assertEquals("Approved", cell(robot, "statusColumn", LUNG));

        Files.writeString(lung.resolve("dvh_export_corrected.csv"), "Structure,Dose (Gy),Volume (%)\nLung,0,100\n");
        String status = null;
        for (int minute = 0; minute < 20 && !"Approved\nfiles changed".equals(status); minute++) {
            robot.interact(() -> window.viewModel().worklist().tick());
            Thread.sleep(500);
            robot.interact(() -> { });
            status = cell(robot, "statusColumn", LUNG);
        }
        assertEquals("Approved\nfiles changed", status);
        assertEquals("files changed", cell(robot, "recommendationColumn", LUNG));
        assertEquals("New", cell(robot, "statusColumn", ESOPHAGUS));
        WindowTests.shoot(robot, window.worklistView(), "worklist-files-changed-status.png");
    }

    /**
     * Decision 0450 on the worklist: an approval recorded when the case met the criteria, on a case that now
     * evaluates otherwise (here sample 06, criteria not met), reads "Approve (case changed since)", not a plain
     * "Approve" that looks settled.
     */
    @Test
    void aDecisionRecordedOnAnotherRecommendationSaysTheCaseChangedSince(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG, ESOPHAGUS);
        new ReviewStateStore().save(ws.resolve(ESOPHAGUS), ReviewState.fresh().withDecision(new DecisionRecord(
                NurseDecision.APPROVE, Determination.CRITERIA_MET, null, Instant.parse("2026-12-01T10:00:00Z"), "Dana Reyes, RN")));
        open(robot, ws);
        assertEquals("Approve", cell(robot, "decisionColumn", ESOPHAGUS), "not evaluated yet: nothing known to differ");

        robot.interact(() -> window.viewModel().openCase(ws.resolve(ESOPHAGUS).toAbsolutePath().normalize()));
        waitUntil(() -> window.viewModel().review().evaluation() != null
                && Files.isRegularFile(LastEvaluations.file(ws.resolve(ESOPHAGUS))));
        assertEquals(Determination.CRITERIA_NOT_MET, window.viewModel().review().evaluation().determination());
        robot.interact(() -> window.viewModel().backToWorklist());
        assertEquals("Approve (case changed since)", cell(robot, "decisionColumn", ESOPHAGUS));
        // the Status column says so too, on a second line (decision 0468)
        assertEquals("Approved\ncase changed", cell(robot, "statusColumn", ESOPHAGUS));
    }

    /**
     * Decision 0467: the physician reviewer's decision is the one that stands. Sample 03 (criteria met now):
     * a denial upheld when the case said "criteria not met" says the case changed (Status and Decision); an
     * overturn she made on "criteria not met" — sample 06 as it is now — after the nurse had referred it while it
     * was incomplete, stands (the nurse's referral alone would have said the case changed).
     */
    @Test
    void aPhysiciansDecisionIsJudgedOnTheRecommendationSheDecidedOn(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG, ESOPHAGUS);
        org.imrtreview.store.ReviewerIdentity doctor = new org.imrtreview.store.ReviewerIdentity("Helen Vance", "MD",
                org.imrtreview.store.ReviewerRole.PHYSICIAN);
        Instant referred = Instant.parse("2026-12-01T10:00:00Z");
        Instant decided = Instant.parse("2026-12-02T09:00:00Z");
        ReviewState upheld = ReviewState.fresh()
                .withDecision(new DecisionRecord(NurseDecision.REFER, Determination.CRITERIA_NOT_MET, null, referred, "Dana Reyes, RN"))
                .withPhysicianStep(new org.imrtreview.store.PhysicianStep(org.imrtreview.store.PhysicianAction.UPHOLD, doctor,
                        "No organ where only IMRT meets a published limit.", decided, "hvance", Determination.CRITERIA_NOT_MET));
        new ReviewStateStore().save(ws.resolve(LUNG), upheld);
        ReviewState overturned = ReviewState.fresh()
                .withDecision(new DecisionRecord(NurseDecision.REFER, Determination.INCOMPLETE, "Imaging missing", referred,
                        "Dana Reyes, RN"))
                .withPhysicianStep(new org.imrtreview.store.PhysicianStep(org.imrtreview.store.PhysicianAction.OVERTURN, doctor,
                        "The esophagus answer was clarified by phone.", decided, "hvance", Determination.CRITERIA_NOT_MET));
        new ReviewStateStore().save(ws.resolve(ESOPHAGUS), overturned);
        open(robot, ws);
        for (String c : new String[] {LUNG, ESOPHAGUS}) {
            robot.interact(() -> window.viewModel().openCase(ws.resolve(c).toAbsolutePath().normalize()));
            waitUntil(() -> window.viewModel().review() != null && window.viewModel().review().evaluation() != null
                    && window.viewModel().review().session() != null && window.viewModel().review().session().folder().endsWith(c)
                    && Files.isRegularFile(LastEvaluations.file(ws.resolve(c))));
            robot.interact(() -> window.viewModel().backToWorklist());
        }
        waitUntil(() -> window.viewModel().worklist().recommendation(ws.resolve(LUNG).toAbsolutePath().normalize())
                .kind() == org.imrtreview.store.worklist.Recommendation.Kind.CURRENT);
        robot.interact(() -> { });
        assertEquals("Denied\ncase changed", cell(robot, "statusColumn", LUNG));
        assertEquals("Denial upheld (case changed since)", cell(robot, "decisionColumn", LUNG), "the physician's decision stands (0473)");
        assertEquals("Approved", cell(robot, "statusColumn", ESOPHAGUS), "her overturn stands on the case as it is");
        assertEquals("Overturned: approved (physician)", cell(robot, "decisionColumn", ESOPHAGUS));
    }
}
