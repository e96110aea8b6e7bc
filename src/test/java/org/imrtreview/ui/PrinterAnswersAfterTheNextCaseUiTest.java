package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.ui.letter.LetterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0553, found working forty cases in a row: she prints the approval of one case (Ctrl+P) and goes on to the
 * next (Ctrl+.) while the printer is still answering. The printer's answer — here "no printer, save as PDF instead?"
 * — came up on the next case, and answering yes saved the next case's letter; a "printed" would have read as the next
 * case's. Now what the printer says is said of the case printed, by name, and nothing of the case open is saved.
 */
@ExtendWith(ApplicationExtension.class)
class PrinterAnswersAfterTheNextCaseUiTest {
    private static final String FIRST = "01-brain-glioblastoma-criteria-met";
    private static final String NEXT = "03-lung-v20-csv-criteria-met";

    @TempDir
    Path temp;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CountDownLatch printerAnswers = new CountDownLatch(1);
    private final CountDownLatch printing = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        LetterService standard = WorkstationServices.standard().letters();
        LetterService slowPrinter = new LetterService() {
            @Override
            public boolean available() {
                return standard.available();
            }

            @Override
            public byte[] render(ReviewCase c, Evaluation e, NurseDecision d, String reviewer) throws Exception {
                return standard.render(c, e, d, reviewer);
            }

            @Override
            public byte[] render(ReviewCase c, Evaluation e, NurseDecision d, String reviewer,
                                 org.imrtreview.letter.content.LetterSigning signing) throws Exception {
                return standard.render(c, e, d, reviewer, signing);
            }

            @Override
            public PrintOutcome print(byte[] pdf, String jobName) throws Exception {
                printing.countDown();
                printerAnswers.await(60, TimeUnit.SECONDS);
                return new PrintOutcome(false, "No printer is set up on this computer \u2014 save as PDF instead.");
            }
        };
        window = WindowTests.show(stage, dialogs, WorkstationServices.standard().withLetters(slowPrinter));
    }

    private void open(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().session() != null
                && folder.equals(window.viewModel().review().session().folder())
                && window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
    }

    @Test
    void whatThePrinterSaysAfterSheMovedOnIsSaidOfTheCaseShePrinted(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), FIRST, NEXT);
        Path first = ws.resolve(FIRST).toAbsolutePath().normalize();
        Path next = ws.resolve(NEXT).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));
        open(robot, next);
        robot.interact(() -> window.viewModel().review().decide(NurseDecision.APPROVE, ""));
        open(robot, first);
        robot.interact(() -> window.viewModel().review().decide(NurseDecision.APPROVE, ""));
        window.saver().flush();

        Path saved = temp.resolve("outbox").resolve("whatever-was-saved.pdf");
        Files.createDirectories(saved.getParent());
        dialogs.saveAnswer = saved;
        dialogs.confirmAnswer = true; // she would answer yes to "save as PDF instead?"
        robot.interact(() -> {
            window.caseView().showLetter();
            window.caseView().letter().print();
        });
        assertTrue(printing.await(60, TimeUnit.SECONDS), "the letter went to the printer");
        open(robot, next); // Ctrl+. while the printer thinks
        printerAnswers.countDown();
        waitUntil(() -> window.banners().messages().stream().anyMatch(m -> m.contains("not printed")
                || m.contains("No printer")));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(saved), "no letter of the case open now was saved for the one printed");
        String said = window.banners().messages().stream().filter(m -> m.contains("No printer")).findFirst().orElseThrow();
        assertTrue(said.startsWith("Case " + FIRST + ": The letter was not printed"), window.banners().messages() + " " + dialogs.asked);
        assertTrue(dialogs.asked.stream().noneMatch(q -> q.contains("No printer")), dialogs.asked.toString());
    }
}
