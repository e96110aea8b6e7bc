package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.db.CaseKeys;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.worklist.LastEvaluations;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Decision 0315: on a team store the worklist shows the Recommendation and Decision columns too, checked
 * against the review work the store keeps — a case one nurse evaluated and decided on her workstation reads
 * "Criteria met" and "Approve" on a colleague's worklist, and a decision saved later reaches it at the next
 * minute's read of the store.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorklistRecommendationUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";
    private static final String NOT_MET = "04-prostate-xls-criteria-not-met";

    @TempDir
    Path workspace;

    private TeamDatabase db;
    private final List<MainWindow> windows = new java.util.ArrayList<>();

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> windows.forEach(w -> {
            w.shutdown();
            if (w.getScene() != null && w.getScene().getWindow() != null) {
                w.getScene().getWindow().hide();
            }
        }));
        if (db != null) {
            db.close();
        }
    }

    private TeamStore store(String login) {
        return new TeamStore(db, login, login + "-ws", java.time.Clock.systemUTC(), TeamStore.DEFAULT_LOCK_EXPIRY);
    }

    private MainWindow window(FxRobot robot, String login) {
        AtomicReference<MainWindow> made = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow w = new MainWindow(WorkstationServices.standard().withTeam(store(login)), new RecordingDialogs());
            Stage stage = new Stage();
            Scene scene = new Scene(w, 1280, 760); // the headless screen's size
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.setTitle(login);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            made.set(w);
        });
        windows.add(made.get());
        return made.get();
    }

    private static String cell(FxRobot robot, MainWindow w, String column, String caseName) {
        // none while the table lays its rows out again after a read of the store: null, and waitUntil asks again
        return robot.from(w.worklistView().table()).lookup(".table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof WorklistEntry e && caseName.equals(e.caseName()))
                .tryQueryAs(TableCell.class).map(TableCell::getText).orElse(null);
    }

    private static void openWorkspace(FxRobot robot, MainWindow w, Path workspace) {
        robot.interact(() -> w.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> w.viewModel().worklist().entries().size() == 2
                && w.viewModel().worklist().recommendations().size() == 2);
    }

    @Test
    void aColleaguesEvaluationAndDecisionShowOnTheTeamWorklist(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, MET, NOT_MET);
        db = TeamDatabase.embedded(workspace);
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("bea", "Bea Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("drp", "Paul Physician", "MD", EnumSet.of(ReviewerRole.PHYSICIAN));
        Path met = workspace.resolve(MET).toAbsolutePath().normalize();
        Path notMet = workspace.resolve(NOT_MET).toAbsolutePath().normalize();

        // Ann opens both cases on her workstation and approves the one that meets the criteria
        MainWindow a = window(robot, "ann");
        openWorkspace(robot, a, workspace);
        assertEquals("not yet evaluated", cell(robot, a, "recommendationColumn", MET));
        robot.interact(() -> a.viewModel().openCase(notMet));
        waitUntil(() -> a.viewModel().review().evaluation() != null && a.viewModel().review().editable()
                && Files.isRegularFile(LastEvaluations.file(notMet)));
        robot.interact(() -> a.viewModel().openCase(met));
        waitUntil(() -> met.equals(a.viewModel().openCaseProperty().get()) && !a.viewModel().caseLoadingProperty().get()
                && a.viewModel().review().evaluation() != null && a.viewModel().review().editable()
                && Files.isRegularFile(LastEvaluations.file(met)));
        robot.interact(() -> assertTrue(a.viewModel().review().decide(NurseDecision.APPROVE, null).isEmpty()));
        a.saver().flush();
        assertEquals(NurseDecision.APPROVE, lead.load(CaseKeys.of(met)).state().decision().decision());

        // Bea's worklist: both recommendations hold against the store's work, and Ann's decision shows
        MainWindow b = window(robot, "bea");
        openWorkspace(robot, b, workspace);
        waitUntil(() -> "Approve".equals(cell(robot, b, "decisionColumn", MET)));
        assertEquals("Criteria met", cell(robot, b, "recommendationColumn", MET));
        assertEquals("Criteria not met", cell(robot, b, "recommendationColumn", NOT_MET));
        assertNull(cell(robot, b, "decisionColumn", NOT_MET));
        assertTrue(b.viewModel().worklist().recommendation(met).explanation().contains("when the case was open"),
                b.viewModel().worklist().recommendation(met).explanation());

        // Ann refers the other case: Bea's worklist shows it after its next read of the store (the minute tick)
        robot.interact(() -> a.viewModel().openCase(notMet));
        waitUntil(() -> notMet.equals(a.viewModel().openCaseProperty().get()) && !a.viewModel().caseLoadingProperty().get()
                && a.viewModel().review().evaluation() != null && a.viewModel().review().editable());
        robot.interact(() -> assertTrue(a.viewModel().review().decide(NurseDecision.REFER, null).isEmpty()));
        a.saver().flush();
        robot.interact(() -> b.viewModel().worklist().tick());
        waitUntil(() -> "Refer to physician".equals(cell(robot, b, "decisionColumn", NOT_MET)));
        assertEquals("Criteria not met", cell(robot, b, "recommendationColumn", NOT_MET), "a decision changes no evaluation");

        // the physician reviewer upholds the denial on her own desk (as `physician decide --db` does): Bea's worklist
        // says whose decision stands, not only that Ann referred it (decision 0473)
        String key = CaseKeys.of(notMet);
        robot.interact(() -> a.viewModel().backToWorklist());
        waitUntil(() -> lead.lockOf(key).isEmpty());
        TeamStore physician = store("drp");
        physician.lock(key);
        TeamStore.Saved referred = physician.load(key);
        physician.save(key, referred.version(), referred.state().withPhysicianStep(new org.imrtreview.store.PhysicianStep(
                org.imrtreview.store.PhysicianAction.UPHOLD, new org.imrtreview.store.ReviewerIdentity("Paul Physician", "MD",
                ReviewerRole.PHYSICIAN), "No organ where only IMRT meets a published limit.", Instant.now(), "drp",
                org.imrtreview.model.Determination.CRITERIA_NOT_MET)));
        physician.release(key);
        robot.interact(() -> b.viewModel().worklist().tick());
        waitUntil(() -> "Denied".equals(cell(robot, b, "statusColumn", NOT_MET)));
        assertEquals("Denial upheld (physician)", cell(robot, b, "decisionColumn", NOT_MET));
        WindowTests.shoot(robot, b, "team-worklist-recommendation.png");
    }
}
