package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.review.CaseReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A nurse's day: forty case opens in a row in the real window (ten cases, each opened four times, the
 * summary, the images and the letter shown on each). Whatever the window keeps to be quick (the loader's
 * last cases, the pictures it has drawn) is bounded: once the day has moved on, the review of every
 * earlier case is left to the collector, so memory does not grow with the number of cases worked — and
 * no earlier case stays reachable from the screen of the current one. Counted with weak references,
 * not timed.
 */
@ExtendWith(ApplicationExtension.class)
class FortyCasesInARowUiTest {
    private static final String[] CASES = {
        "01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met", "03-lung-v20-csv-criteria-met",
        "04-prostate-xls-criteria-not-met", "06-esophagus-answer-mismatch-not-met", "07-nasopharynx-missing-imaging-incomplete",
        "08-pelvis-formulas-criteria-met", "09-prostate-dvh-data-mismatch", "10-head-neck-stricter-than-published",
        "12-brain-mets-missing-value-incomplete",
    };
    private static final int OPENS = 40;

    @TempDir
    static Path workspace;

    private MainWindow window;
    private WorkstationServices services;

    /** The next case read ahead would be one more kept on purpose, and would run on after the test. */
    @BeforeEach
    void noReadingAhead() {
        System.setProperty(WorkstationViewModel.READ_AHEAD_PROPERTY, "0");
    }

    @AfterEach
    void readingAheadAsShipped() {
        System.clearProperty(WorkstationViewModel.READ_AHEAD_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        services = WorkstationServices.standard();
        window = WindowTests.show(stage, new RecordingDialogs(), services);
    }

    @Test
    void fortyCaseOpensLeaveEveryEarlierReviewToTheCollector(FxRobot robot) throws Exception {
        Path ws = workspace.resolve("ws");
        SampleWorkspace.copy(ws, CASES);
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == CASES.length);

        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));

        List<WeakReference<CaseReview>> reviews = new ArrayList<>();
        List<WeakReference<ReviewCase>> submissions = new ArrayList<>();
        for (int n = 0; n < OPENS; n++) {
            Path folder = ws.resolve(CASES[n % CASES.length]).toAbsolutePath().normalize();
            robot.interact(() -> window.viewModel().openCase(folder));
            waitUntil(() -> {
                CaseReview s = window.viewModel().review().session();
                return s != null && folder.equals(s.folder().toAbsolutePath().normalize())
                        && window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get();
            });
            // what a nurse looks at on each case: the pictures and the letter, drawn and kept by the window
            robot.interact(() -> window.caseView().showTab("images"));
            robot.interact(() -> window.caseView().showTab("overlay"));
            robot.interact(() -> window.caseView().showLetter());
            robot.interact(() -> window.caseView().letter().preview());
            WaitForAsyncUtils.waitForFxEvents();
            CaseReview session = window.viewModel().review().session();
            reviews.add(new WeakReference<>(session));
            submissions.add(new WeakReference<>(session.submitted()));
        }
        robot.interact(() -> window.caseView().showTab("images"));
        robot.interact(() -> window.saver().flush());

        // the reviews of the first 30 opens: none may stay; the cases the loader remembers (8) may
        int earlier = OPENS - CASES.length;
        long alive = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 20 && alive > 0; attempt++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            alive = reviews.subList(0, earlier).stream().filter(r -> r.get() != null).count();
        }
        assertTrue(reviews.get(OPENS - 1).get() != null, "the open case's review is on screen: the count sees what is held");
        assertEquals(0, alive, alive + " of the first " + earlier + " case reviews are still reachable after the nurse moved on");
        // the loader holds its last 8 readings for certain and older ones only softly (decision 0430): the collector
        // takes those back before the heap runs short, as letting go of them here does
        services.loader().letGoOfSoftlyHeld();
        for (int attempt = 0; attempt < 5; attempt++) {
            System.gc();
            Thread.sleep(100);
        }
        long submissionsAlive = submissions.stream().map(WeakReference::get).filter(r -> r != null).distinct().count();
        assertTrue(submissionsAlive <= 9, submissionsAlive + " submissions still held: more than the loader's last 8 and the open"
                + " case");
    }
}
