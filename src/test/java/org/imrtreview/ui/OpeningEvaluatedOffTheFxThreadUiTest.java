package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.store.DvhChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17, decision 0567: opening a case she may edit evaluates it in the opening's background task, not in the
 * FX callback that shows it (a reopen included); the case shown is the one opened, with its opening recorded.
 * Counted, not timed.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningEvaluatedOffTheFxThreadUiTest {
    private static final String LUNG = "03-lung-v20-csv-criteria-met";
    private static final String ESOPHAGUS = "06-esophagus-answer-mismatch-not-met";
    private static final AtomicInteger ON_FX = new AtomicInteger();
    private static final AtomicInteger OFF_FX = new AtomicInteger();

    @TempDir
    Path temp;

    private MainWindow window;

    /** The product's evaluator, counting on which thread it runs. */
    private static final class Counting implements CaseEvaluator {
        private final CaseEvaluator standard = CaseEvaluator.standard();

        @Override
        public Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides) {
            (Platform.isFxApplicationThread() ? ON_FX : OFF_FX).incrementAndGet();
            return standard.evaluate(reviewCase, overrides);
        }

        @Override
        public Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides, DvhChoices choices) {
            (Platform.isFxApplicationThread() ? ON_FX : OFF_FX).incrementAndGet();
            return standard.evaluate(reviewCase, overrides, choices);
        }
    }

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs(), WorkstationServices.standard().withEvaluator(new Counting()));
    }

    private void openAndWait(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get()
                && window.viewModel().review().submittedCase() != null
                && folder.equals(window.viewModel().review().submittedCase().folder()));
    }

    @Test
    void openingAndReopeningEvaluateOffTheFxThread(FxRobot robot) {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), LUNG, ESOPHAGUS);
        Path lung = ws.resolve(LUNG).toAbsolutePath().normalize();
        Path esophagus = ws.resolve(ESOPHAGUS).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);

        int onFx = ON_FX.get();
        int offFx = OFF_FX.get();
        openAndWait(robot, lung);
        openAndWait(robot, esophagus);
        openAndWait(robot, lung);
        assertEquals(onFx, ON_FX.get(), "no opening evaluated its case on the FX thread");
        assertTrue(OFF_FX.get() >= offFx + 3, "each of the three openings evaluated its case in the background");
        assertEquals(lung, window.viewModel().review().submittedCase().folder(), "the case shown is the one last opened");
        assertTrue(window.viewModel().review().session().state().opened(), "its opening is recorded");
    }
}
