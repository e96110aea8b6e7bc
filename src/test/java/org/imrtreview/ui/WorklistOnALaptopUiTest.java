package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0660: the worklist on a laptop's screen, 1280 × 720 and 1366 × 768 — all fourteen samples, with the
 * longest statuses a nurse meets ("Awaiting physician", "Peer-to-peer", "Denied / case changed"): every column
 * inside the table (no sideways scrolling to read the Status), no text cut, and each Status cell's words whole.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistOnALaptopUiTest {
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
            java.time.ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyColumnReadsWholeAt1280x720() throws Exception {
        assertEquals(List.of(), laidOut(1280, 720, Theme.LIGHT));
    }

    @Test
    void everyColumnReadsWholeAt1366x768() throws Exception {
        assertEquals(List.of(), laidOut(1366, 768, Theme.DARK));
    }

    private List<String> laidOut(int width, int height, Theme theme) throws Exception {
        FxRobot robot = new FxRobot();
        String[] all;
        try (var samples = java.nio.file.Files.list(Path.of("samples"))) {
            all = samples.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toArray(String[]::new);
        }
        SampleWorkspace.copy(workspace, all);
        statuses();
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(WorkstationServices.standard().withClock(CLOCK), new RecordingDialogs());
            window[0].setMinSize(width, height);
            window[0].setPrefSize(width, height);
            window[0].setMaxSize(width, height);
            double scale = Math.min(1.0, Math.min(1270.0 / width, 790.0 / height));
            window[0].getTransforms().add(new Scale(scale, scale, 0, 0));
            Scene scene = new Scene(new Group(window[0]), Math.min(width, 1270), Math.min(height, 790));
            theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        robot.interact(() -> window[0].openWorkspace(workspace));
        waitUntil(() -> window[0].worklistView().table().getItems().size() == all.length);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        String size = width + "x" + height + ": ";
        robot.interact(() -> CutText.find(window[0]).forEach(f -> found.add(size + f)));
        List<String> statuses = new ArrayList<>();
        robot.interact(() -> {
            var table = window[0].worklistView().table();
            double right = 0;
            for (var c : table.getColumns()) {
                right += c.getWidth();
            }
            if (right > table.getWidth() + 0.5) {
                found.add(size + "columns run to " + Math.round(right) + " px in a table " + Math.round(table.getWidth())
                        + " px wide (the Status behind a sideways scroll bar)");
            }
            for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && !cell.isEmpty() && cell.getText() != null
                        && "statusColumn".equals(cell.getTableColumn().getId())) {
                    statuses.add(cell.getText());
                    // it may wrap between its words, never within one ("Awaiting physic / ian"), and shows every line
                    for (String word : cell.getText().split("\\s+")) {
                        javafx.scene.text.Text probe = new javafx.scene.text.Text(word);
                        probe.setFont(cell.getFont());
                        double need = probe.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset();
                        if (need > cell.getWidth() + 0.5) {
                            found.add(size + "status word '" + word + "' needs " + Math.ceil(need) + " px in "
                                    + Math.round(cell.getWidth()));
                        }
                    }
                    double tall = cell.prefHeight(cell.getWidth());
                    if (tall > cell.getHeight() + 0.5) {
                        found.add(size + "status '" + cell.getText() + "' needs " + Math.ceil(tall) + " px high in "
                                + Math.round(cell.getHeight()));
                    }
                }
            }
        });
        WindowTests.shoot(robot, window[0], "worklist-laptop-" + width + "x" + height + ".png");
        robot.interact(window[0]::shutdown);
        assertTrue(statuses.contains("Awaiting physician") && statuses.contains("Peer-to-peer"), statuses.toString());
        return found;
    }

    /** The longest statuses a nurse meets: a referral awaiting the physician, a peer-to-peer, an outdated denial. */
    private void statuses() throws Exception {
        var store = new ReviewStateStore();
        var doctor = new ReviewerIdentity("Helen Vance", "MD, Radiation Oncology", ReviewerRole.PHYSICIAN);
        java.time.Instant at = java.time.Instant.parse("2026-12-01T10:00:00Z");
        DecisionRecord refer = new DecisionRecord(NurseDecision.REFER, Determination.CRITERIA_NOT_MET, null, at, "dana");
        store.save(workspace.resolve("04-prostate-xls-criteria-not-met"), ReviewState.fresh().withDecision(refer));
        store.save(workspace.resolve("09-prostate-dvh-data-mismatch"), ReviewState.fresh().withDecision(refer)
                .withPhysicianStep(new PhysicianStep(PhysicianAction.PEER_TO_PEER, doctor, "", at.plusSeconds(600), "hvance",
                        Determination.CRITERIA_NOT_MET)));
        store.save(workspace.resolve("03-lung-v20-csv-criteria-met"), ReviewState.fresh().withDecision(refer)
                .withPhysicianStep(new PhysicianStep(PhysicianAction.UPHOLD, doctor, "No organ where only IMRT meets a limit.",
                        at.plusSeconds(3600), "hvance", Determination.CRITERIA_NOT_MET)));
        store.save(workspace.resolve("01-brain-glioblastoma-criteria-met"), ReviewState.fresh().withDecision(
                new DecisionRecord(NurseDecision.APPROVE, Determination.CRITERIA_MET, null, at, "dana")));
        store.save(workspace.resolve("07-nasopharynx-missing-imaging-incomplete"), ReviewState.fresh().withDecision(
                new DecisionRecord(NurseDecision.REQUEST_INFO, Determination.INCOMPLETE, null, at, "dana")));
    }
}
