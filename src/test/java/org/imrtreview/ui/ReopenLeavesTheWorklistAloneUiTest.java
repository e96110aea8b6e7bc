package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.imrtreview.store.worklist.WorklistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17, decision 0390: a case reopened with nothing changed leaves its worklist line as it was — the line
 * is not replaced by an equal one (which had the table behind the case screen lay out and restyle its rows on
 * every open) — and back at the list the nurse sees the same lines and column widths as before.
 */
@ExtendWith(ApplicationExtension.class)
class ReopenLeavesTheWorklistAloneUiTest {
    private static final String LUNG = "03-lung-v20-csv-criteria-met";
    private static final String ESOPHAGUS = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private void openAndWait(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get()
                && window.viewModel().review().submittedCase() != null
                && folder.equals(window.viewModel().review().submittedCase().folder()));
    }

    private List<Double> widths() {
        return window.worklistView().table().getColumns().stream().map(TableColumn::getWidth).toList();
    }

    @Test
    void reopeningAnUnchangedCaseReplacesNoWorklistLine(FxRobot robot) {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG, ESOPHAGUS);
        Path lung = ws.resolve(LUNG).toAbsolutePath().normalize();
        Path esophagus = ws.resolve(ESOPHAGUS).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2
                && window.viewModel().worklist().recommendations().size() == 2);

        // the first opening of each case may change its line (its status, as the case is read)
        openAndWait(robot, lung);
        openAndWait(robot, esophagus);
        robot.interact(() -> window.viewModel().backToWorklist());
        waitUntil(() -> window.worklistView().isVisible());
        List<WorklistEntry> lines = List.copyOf(window.worklistView().table().getItems());
        List<Double> widths = widths();

        long changes = window.viewModel().worklist().lineChanges();
        openAndWait(robot, lung);
        openAndWait(robot, esophagus);
        openAndWait(robot, lung);
        assertEquals(changes, window.viewModel().worklist().lineChanges(),
                "reopening unchanged cases replaced no worklist line");

        robot.interact(() -> window.viewModel().backToWorklist());
        waitUntil(() -> window.worklistView().isVisible());
        assertEquals(lines, List.copyOf(window.worklistView().table().getItems()), "the same lines");
        assertEquals(widths, widths(), "the same column widths");
    }
}
