package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.store.NurseDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 4, end to end in the window: a nurse asks for information on a case where nothing is missing
 * (the brain MRI report was sent, but is too old). The window says at once how to name what is needed; she
 * marks the imaging item missing with what exactly is needed and why, and the letter asks for it in her words.
 */
@ExtendWith(ApplicationExtension.class)
class RequestInfoOnACompleteCaseUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";
    private static final String NOTE = "The MRI report sent is dated 2026-07-02, more than 60 days before the request: "
            + "please send a brain MRI report from the last 60 days";

    @TempDir
    static Path workspace;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    @Test
    void theNurseSaysWhatIsNeededAndWhyAndTheLetterAsksForItInHerWords(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, MET);
        robot.interact(() -> window.viewModel().openCase(workspace.resolve(MET)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        assertEquals(java.util.List.of(), window.viewModel().review().evaluation().missing(), "sample 01 is complete");

        dialogs.confirmAnswer = true;
        robot.interact(() -> {
            window.caseView().determination().reasonField().setText("MRI is too old to show the tumour's extent now");
            window.caseView().determination().decide(NurseDecision.REQUEST_INFO);
        });
        waitUntil(() -> window.viewModel().review().state().decision() != null);
        Label hint = robot.lookup("#requestInfoHint").queryAs(Label.class);
        assertTrue(hint.isVisible() && hint.getText().contains("Override…") && hint.getText().contains("why"), hint.getText());

        // the letter tab says the same, in the window's words (no command line)
        robot.interact(() -> {
            window.caseView().showLetter();
            window.caseView().letter().reviewerField().setText("Dana Whitfield, RN");
            window.caseView().letter().preview();
        });
        waitUntil(() -> window.caseView().letter().pagesBox().getChildren().get(0) instanceof Label l
                && l.getText().contains("Override…"));

        // she marks the imaging report missing, saying what exactly is needed and why
        dialogs.overrideAnswer = new ChecklistOverride("imaging", false, NOTE);
        robot.interact(() -> ((Button) window.lookup("#override-imaging")).fire());
        waitUntil(() -> window.viewModel().review().evaluation().missing().contains("imaging"));
        assertTrue(!hint.isVisible(), "something to ask for: the hint goes");
        assertTrue(robot.lookup(".overridden-note").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Asked for in the letter: " + NOTE)));

        // the preview is the letter itself; its text asks for the report in her words
        robot.interact(() -> window.caseView().letter().preview());
        waitUntil(() -> window.caseView().letter().pagesBox().getChildren().stream()
                .anyMatch(n -> n instanceof javafx.scene.image.ImageView));
        var review = window.viewModel().review();
        byte[] pdf = WorkstationServices.standard().letters().render(review.effectiveProperty().get(), review.evaluation(),
                NurseDecision.REQUEST_INFO, "Dana Whitfield, RN");
        Files.write(Path.of("target", "request-info-complete-case.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Our reviewer's note: " + NOTE + "."), text);
        assertTrue(text.contains("Reports of imaging tests"), text);
        for (Node n : robot.lookup("#decisionError").queryAll()) {
            assertEquals("", ((Label) n).getText());
        }
    }
}
