package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
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
 * Brief desk16 item 5 (decisions 0664–0666): a new nurse works ten cases in a row with the keyboard only, as the F1
 * list teaches her — Enter on the worklist, Tab to look around, her note (Ctrl+Shift+N), Tab out of it, one decision
 * against the recommendation with its reason (Ctrl+Shift+W), the recommended decision by its shortcut otherwise, the
 * letter saved (Ctrl+Shift+S), the next case (Ctrl+.), and at the end back to the worklist (Ctrl+W) and Enter on the
 * case she had worked last. Where the keyboard is after each step is written down (stderr, "[ten-cases]"); each case
 * opens with the keyboard in its summary table (0666), Tab leaves the notes without typing into them (0665), every
 * letter is saved.
 */
@ExtendWith(ApplicationExtension.class)
class TenCasesLikeANewNurseUiTest {
    private static final String[] SAMPLES = {
        "01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met", "03-lung-v20-csv-criteria-met",
        "04-prostate-xls-criteria-not-met", "06-esophagus-answer-mismatch-not-met", "07-nasopharynx-missing-imaging-incomplete",
        "08-pelvis-formulas-criteria-met", "09-prostate-dvh-data-mismatch", "10-head-neck-stricter-than-published",
        "12-brain-mets-missing-value-incomplete",
    };

    @TempDir
    Path workspace;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> log = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

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
        window = WindowTests.show(stage, dialogs);
    }

    private static void keys(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        KeyCode[] back = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            back[i] = keys[keys.length - 1 - i];
        }
        robot.release(back);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focus() {
        Node n = window.getScene().getFocusOwner();
        if (n == null) {
            return "nothing";
        }
        String id = null;
        for (Node p = n; p != null && id == null; p = p.getParent()) {
            id = p.getId();
        }
        return n.getClass().getSimpleName() + (id == null ? "" : "#" + id) + (n.isVisible() && isShown(n) ? "" : " (hidden)");
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void tenCasesByKeyboardAsANewNurse(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, SAMPLES);
        Path letters = Files.createDirectories(workspace.resolveSibling(workspace.getFileName() + "-letters"));
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() == SAMPLES.length);
        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));
        dialogs.confirmAnswer = true;
        robot.interact(() -> {
            window.worklistView().table().getSelectionModel().select(0);
            window.worklistView().table().requestFocus();
        });
        keys(robot, KeyCode.ENTER);
        Path previous = null;
        Path last = null;
        boolean overridden = false;
        for (int n = 0; n < SAMPLES.length; n++) {
            Path before = previous;
            waitUntil(() -> window.viewModel().review().session() != null && window.viewModel().review().evaluation() != null
                    && !window.viewModel().caseLoadingProperty().get()
                    && !window.viewModel().review().session().folder().equals(before));
            Path folder = window.viewModel().review().session().folder();
            String c = "case " + n + " " + folder.getFileName().toString().substring(0, 2) + ": ";
            log.add(c + "opened, keyboard on " + focus());
            if (!focus().startsWith("SummaryTableView")) {
                problems.add(c + "opened with the keyboard on " + focus() + ", not in the summary table");
            }
            keys(robot, KeyCode.TAB);
            log.add(c + "Tab, keyboard on " + focus());

            keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
            log.add(c + "Ctrl+Shift+N, keyboard on " + focus());
            robot.write("seen " + n);
            keys(robot, KeyCode.TAB);
            String notes = robot.lookup("#notes").queryAs(TextArea.class).getText();
            log.add(c + "Tab in the notes: notes " + (notes.contains("\t") ? "got a tab character" : "kept") + ", keyboard on "
                    + focus());
            if (notes.contains("\t") || focus().startsWith("TextArea#notes")) {
                problems.add(c + "Tab in the notes: " + (notes.contains("\t") ? "a tab character typed, " : "")
                        + "keyboard on " + focus());
            }

            NurseDecision recommended = window.viewModel().review().recommendedDecision();
            NurseDecision d = recommended == null ? NurseDecision.REQUEST_INFO : recommended;
            if (!overridden && recommended == NurseDecision.APPROVE) {
                // against the recommendation: referred to the physician instead, with her reason
                overridden = true;
                d = NurseDecision.REFER;
                keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
                log.add(c + "against the recommendation without a reason: " + robot.lookup("#decisionError").queryLabeled().getText()
                        + " — keyboard on " + focus());
                keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
                robot.write("dosimetry call pending");
            }
            KeyCode key = switch (d) {
                case APPROVE -> KeyCode.A;
                case REQUEST_INFO -> KeyCode.I;
                case REFER -> KeyCode.R;
            };
            keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, key);
            NurseDecision expected = d;
            waitUntil(() -> window.viewModel().review().state().decision() != null);
            assertEquals(expected, window.viewModel().review().state().decision().decision(), c);
            log.add(c + d + " recorded, keyboard on " + focus());

            Path letter = letters.resolve(String.format("t%02d.pdf", n));
            dialogs.saveAnswer = letter;
            keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
            long until = System.currentTimeMillis() + 60_000;
            while (!Files.isRegularFile(letter) && System.currentTimeMillis() < until) {
                Thread.sleep(200);
                WaitForAsyncUtils.waitForFxEvents();
            }
            log.add(c + "letter " + (Files.isRegularFile(letter) ? "saved" : "NOT saved " + window.banners().messages())
                    + ", keyboard on " + focus());
            if (!Files.isRegularFile(letter)) {
                problems.add(c + "letter not saved");
            }
            if (n == 0 || n == 4) {
                WindowTests.shoot(robot, window, String.format("ten-cases-%02d.png", n));
            }
            previous = folder;
            last = folder;
            if (n < SAMPLES.length - 1) {
                keys(robot, KeyCode.CONTROL, KeyCode.PERIOD);
            }
        }
        keys(robot, KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> window.viewModel().screenProperty().get() == WorkstationViewModel.Screen.WORKLIST);
        var selected = window.worklistView().table().getSelectionModel().getSelectedItem();
        log.add("worklist: keyboard on " + focus() + ", selected " + (selected == null ? "none" : selected.folder().getFileName()));
        WindowTests.shoot(robot, window, "ten-cases-worklist.png");
        keys(robot, KeyCode.ENTER);
        Path lastCase = last;
        waitUntil(() -> window.viewModel().review().session() != null && !window.viewModel().caseLoadingProperty().get());
        log.add("Enter on the worklist opened " + window.viewModel().review().session().folder().getFileName());
        log.forEach(l -> System.err.println("[ten-cases] " + l));
        assertEquals(lastCase, window.viewModel().review().session().folder(), "Enter reopens the case she worked last");
        assertTrue(overridden, "one decision against the recommendation");
        assertEquals(List.of(), problems);
        robot.interact(window::shutdown);
    }
}
