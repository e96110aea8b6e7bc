package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.testing.SampleCopies;
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
 * Brief desk12 item 5: a nurse works forty cases in a row by keyboard — Enter on the worklist, her note typed, the
 * recommended decision by its shortcut (Ctrl+Shift+A / I / R), the letter saved (Ctrl+Shift+S), the next case
 * (Ctrl+.). Forty copies of ten samples under other folder names. On every case as it opens nothing of the last one
 * shows (reason, notes, physician rationale, the recorded-decision line, banners, the files-changed hold), and after
 * each decision the worklist's Status of that case is the decision's, the saved state holds only its own note.
 */
@ExtendWith(ApplicationExtension.class)
class FortyCasesByKeyboardUiTest {
    private static final String[] SAMPLES = {
        "01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met", "03-lung-v20-csv-criteria-met",
        "04-prostate-xls-criteria-not-met", "06-esophagus-answer-mismatch-not-met", "07-nasopharynx-missing-imaging-incomplete",
        "08-pelvis-formulas-criteria-met", "09-prostate-dvh-data-mismatch", "10-head-neck-stricter-than-published",
        "12-brain-mets-missing-value-incomplete",
    };
    private static final int CASES = 40;

    @TempDir
    static Path temp;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

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

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        KeyCode[] back = new KeyCode[all.length];
        for (int i = 0; i < all.length; i++) {
            back[i] = all[all.length - 1 - i];
        }
        robot.release(back);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        var n = robot.lookup(id).query();
        return n instanceof TextArea t ? t.getText() : n instanceof Label l ? l.getText() : null;
    }

    @Test
    void fortyCasesInARowByKeyboardLeaveNothingBehind(FxRobot robot) throws Exception {
        Path ws = temp.resolve("ws");
        Files.createDirectories(ws);
        for (int i = 0; i < CASES; i++) {
            String sample = SAMPLES[i % SAMPLES.length];
            SampleCopies.copyTo(Path.of("samples", sample).toAbsolutePath(), ws.resolve(String.format("k%02d-%s", i, sample)),
                    rel -> false);
        }
        Path letters = Files.createDirectories(temp.resolve("letters"));
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == CASES);
        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));
        dialogs.confirmAnswer = true;

        // the first case from the worklist: focus on the list, Enter
        robot.interact(() -> {
            window.worklistView().table().getSelectionModel().select(0);
            window.worklistView().table().requestFocus();
        });
        robot.type(KeyCode.ENTER);

        Map<Path, NurseDecision> decided = new LinkedHashMap<>();
        Map<Path, String> trips = new LinkedHashMap<>();
        Map<Path, String> typed = new LinkedHashMap<>();
        List<String> previousBanners = List.of();
        Path previous = null;
        for (int n = 0; n < CASES; n++) {
            Path before = previous;
            waitUntil(() -> window.viewModel().review().session() != null && window.viewModel().review().evaluation() != null
                    && !window.viewModel().caseLoadingProperty().get()
                    && !window.viewModel().review().session().folder().equals(before));
            WaitForAsyncUtils.waitForFxEvents();
            Path folder = window.viewModel().review().session().folder();
            String where = "case " + n + " (" + folder.getFileName() + ")";
            assertTrue(!decided.containsKey(folder), where + ": Ctrl+. came back to a case already decided");

            // nothing of the last case
            assertEquals("", text(robot, "#decisionReason"), where + ": reason box");
            assertEquals("", text(robot, "#notes"), where + ": notes");
            assertEquals("", window.viewModel().review().rationaleDraftProperty().get(), where + ": physician rationale");
            assertEquals("", text(robot, "#decisionRecorded"), where + ": a recorded decision shown");
            assertNull(window.viewModel().review().filesChangedProperty().get(), where + ": files-changed hold");
            List<String> carried = new ArrayList<>(window.banners().messages());
            carried.retainAll(Set.copyOf(previousBanners));
            carried.removeIf(m -> !m.contains("k"));   // window banners not about a case (none expected)
            assertEquals(List.of(), carried, where + ": banners of the last case");
            ReviewState state = window.viewModel().review().state();
            assertTrue(state.digitised().isEmpty() && state.dvh().structureForOrgan().isEmpty(), where + ": chosen curves");

            // her note, typed: Ctrl+Shift+N puts the keyboard in the notes box (decision 0661)
            shortcut(robot, KeyCode.SHIFT, KeyCode.N);
            robot.write("k" + n + " ok");
            WaitForAsyncUtils.waitForFxEvents();

            NurseDecision d = window.viewModel().review().recommendedDecision();
            if (d == null) {
                d = NurseDecision.REQUEST_INFO; // approval asks for the request details first: ask for information
            }
            KeyCode key = switch (d) {
                case APPROVE -> KeyCode.A;
                case REQUEST_INFO -> KeyCode.I;
                case REFER -> KeyCode.R;
            };
            shortcut(robot, KeyCode.SHIFT, key);
            NurseDecision expected = d;
            waitUntil(() -> window.viewModel().review().state().decision() != null);
            assertEquals(expected, window.viewModel().review().state().decision().decision(), where);
            decided.put(folder, d);
            typed.put(folder, "k" + n + " ok");

            Path letter = letters.resolve(String.format("k%02d.pdf", n));
            dialogs.saveAnswer = letter;
            shortcut(robot, KeyCode.SHIFT, KeyCode.S);
            long until = System.currentTimeMillis() + 60_000;
            while (!Files.isRegularFile(letter) && System.currentTimeMillis() < until) {
                Thread.sleep(200);
                WaitForAsyncUtils.waitForFxEvents();
                if (window.banners().messages().stream().anyMatch(m -> m.contains("not saved") || m.contains("No letter"))) {
                    break;
                }
            }
            if (!Files.isRegularFile(letter)) {
                trips.put(folder, d + ": letter not saved — " + window.banners().messages());
            }
            if (n == 0 || n == 19 || n == CASES - 1) {
                WindowTests.shoot(robot, window, String.format("forty-by-keyboard-%02d.png", n));
            }
            // the worklist's line of this case says the decision at once
            WorklistEntry line = window.viewModel().worklist().find(folder).orElseThrow();
            assertEquals(d.status(), line.status(), where + ": worklist status");
            previousBanners = window.banners().messages();
            previous = folder;
            if (n < CASES - 1) {
                shortcut(robot, KeyCode.PERIOD);
            }
        }

        shortcut(robot, KeyCode.W);
        waitUntil(() -> window.viewModel().screenProperty().get() == WorkstationViewModel.Screen.WORKLIST);
        WaitForAsyncUtils.waitForFxEvents();
        // the last case's warnings do not stay over the list (decision 0584)
        assertEquals(List.of(), window.banners().messages().stream().filter(m -> m.contains("left out")).toList());
        WindowTests.shoot(robot, window, "forty-by-keyboard-worklist.png");
        window.saver().flush();
        ReviewStateStore store = new ReviewStateStore();
        int n = 0;
        for (Map.Entry<Path, NurseDecision> e : decided.entrySet()) {
            ReviewState saved = store.load(e.getKey()).state();
            assertNotNull(saved.decision(), e.getKey().toString());
            assertEquals(e.getValue(), saved.decision().decision());
            assertEquals(e.getValue().status(), window.viewModel().worklist().find(e.getKey()).orElseThrow().status());
            assertEquals(typed.get(e.getKey()), saved.notes(), "its own note only");
            n++;
        }
        assertEquals(CASES, n, "every case decided once");
        System.err.println("[forty-by-keyboard] letters saved " + (CASES - trips.size()) + "/" + CASES + "; trips: " + trips);
    }
}
