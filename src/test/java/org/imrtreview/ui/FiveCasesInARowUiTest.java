package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.store.AuditEntry;
import org.imrtreview.store.CellEdit;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 in the real window: a nurse works five cases in a row — a reason, notes, a corrected
 * cell, a checklist override, a decision against the recommendation and a letter preview on each —
 * and nothing of case N appears on case N+1 (reason box, notes, banners, header, viewer, letter),
 * neither while N+1 loads nor after; each case's saved state holds only its own work. Everything
 * typed for case N carries the mark «cN».
 */
@ExtendWith(ApplicationExtension.class)
class FiveCasesInARowUiTest {
    private static final String[] CASES = {
        "01-brain-glioblastoma-criteria-met", "03-lung-v20-csv-criteria-met", "04-prostate-xls-criteria-not-met",
        "06-esophagus-answer-mismatch-not-met", "07-nasopharynx-missing-imaging-incomplete",
    };
    private static final Pattern MARK = Pattern.compile("«c(\\d)»");

    @TempDir
    static Path workspace;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    @Test
    void fiveCasesInARowShareNothing(FxRobot robot) throws Exception {
        Path ws = workspace.resolve("ws");
        SampleWorkspace.copy(ws, CASES);
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == CASES.length);
        // the signer is the nurse, not the case: the one field that rightly stays from case to case
        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));
        dialogs.confirmAnswer = true;

        String previousTitle = null;
        List<String> previousBanners = List.of();
        for (int n = 0; n < CASES.length; n++) {
            Path folder = ws.resolve(CASES[n]).toAbsolutePath().normalize();
            // while the case loads: a neutral screen, nothing of the last patient
            Loading loading = new Loading();
            robot.interact(() -> {
                window.viewModel().openCase(folder);
                loading.title = text("#caseTitle", robot);
                loading.reason = robot.lookup("#decisionReason").queryAs(TextArea.class).getText();
                loading.notes = robot.lookup("#notes").queryAs(TextArea.class).getText();
                loading.viewed = window.caseView().documents().viewedPdf();
                loading.letterPages = letterPages();
                loading.banners = window.banners().messages();
            });
            String where = "case c" + n + " while loading";
            if (previousTitle != null) {
                assertFalse(loading.title.equals(previousTitle), where + ": header still shows the last patient");
            }
            assertEquals("", loading.reason, where);
            assertEquals("", loading.notes, where);
            assertEquals(null, loading.viewed, where + ": the viewer still shows the last case's PDF");
            assertEquals(0, loading.letterPages, where + ": the last letter is still shown");
            noneOf(previousBanners, loading.banners, where);

            waitUntil(() -> window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
            where = "case c" + n;
            String title = text("#caseTitle", robot);
            assertFalse(title.equals(previousTitle), where);
            assertEquals("", robot.lookup("#decisionReason").queryAs(TextArea.class).getText(), where + ": reason box");
            assertEquals("", robot.lookup("#notes").queryAs(TextArea.class).getText(), where + ": notes");
            assertEquals("", text("#decisionRecorded", robot), where + ": a decision of another case is shown");
            Path viewed = window.caseView().documents().viewedPdf();
            assertTrue(viewed == null || viewed.startsWith(folder), where + ": viewer shows " + viewed);
            noneOf(previousBanners, window.banners().messages(), where);

            workOn(robot, n);

            previousTitle = title;
            previousBanners = window.banners().messages();
        }

        robot.interact(() -> window.saver().flush());
        ReviewStateStore store = new ReviewStateStore();
        for (int n = 0; n < CASES.length; n++) {
            ReviewState saved = store.load(ws.resolve(CASES[n])).state();
            String name = "saved state of c" + n;
            assertTrue(saved.notes().contains("«c" + n + "»"), name + ": " + saved.notes());
            onlyOwn(saved.notes(), n, name);
            assertNotNull(saved.decision(), name);
            assertTrue(saved.decision().reason().contains("«c" + n + "»"), name);
            onlyOwn(saved.decision().reason(), n, name);
            assertEquals(1, saved.checklist().size(), name);
            onlyOwn(saved.checklist().get(0).note(), n, name);
            for (CellEdit e : saved.edits()) {
                assertEquals((50 + n) + ".5 Gy", e.value(), name + ": a cell typed for another case");
            }
            for (AuditEntry e : saved.audit()) {
                onlyOwn(e.detail(), n, name + " audit");
            }
        }
    }

    /** Reason, notes, a cell, a checklist override, a decision against the recommendation, a letter. */
    private void workOn(FxRobot robot, int n) {
        var vm = window.viewModel().review();
        robot.clickOn("#decisionReason").write("Reason for «c" + n + "»: need the full DVH.");
        Node notes = robot.lookup("#notes").query();
        robot.interact(notes::requestFocus);
        robot.write("Called clinic about «c" + n + "».");

        TableView<?> table = window.caseView().table();
        Node cell = robot.lookup(".summary-cell").match((Node c) -> c instanceof TableCell<?, ?> tc
                && tc.getTableView() == table && tc.getIndex() == 0
                && ("col-" + Column.DOSE_IMRT.missingWord()).equals(tc.getTableColumn().getId())).query();
        WindowTests.startEditing(robot, cell);
        robot.write((50 + n) + ".5 Gy").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ChecklistItem item = vm.checklist().get(0);
        dialogs.overrideAnswer = new ChecklistOverride(item.key(), !item.satisfied(), "Seen on fax page 3 «c" + n + "»");
        robot.interact(() -> robot.lookup("#override-" + item.key()).queryAs(Button.class).fire());
        waitUntil(() -> vm.state().checklist().size() == 1);

        NurseDecision recommended = vm.recommendedDecision();
        NurseDecision against = recommended == NurseDecision.REFER ? NurseDecision.REQUEST_INFO : NurseDecision.REFER;
        String button = against == NurseDecision.REFER ? "#referButton" : "#requestInfoButton";
        robot.interact(() -> robot.lookup(button).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text("#decisionError", robot), "c" + n + " " + against + ", asked " + dialogs.asked);
        waitUntil(() -> vm.state().decision() != null);
        assertTrue(text("#decisionRecorded", robot).contains(against.title()), text("#decisionRecorded", robot));

        robot.interact(() -> window.caseView().showLetter());
        robot.interact(() -> window.caseView().letter().preview());
        waitUntil(() -> letterPages() > 0 || window.caseView().letter().pagesBox().getChildren().stream()
                .anyMatch(c -> c instanceof Label l && !l.getText().startsWith("Choose Preview")));
        assertTrue(letterPages() > 0, "c" + n + ": " + window.caseView().letter().pagesBox().getChildren());
    }

    private int letterPages() {
        return (int) window.caseView().letter().pagesBox().getChildren().stream().filter(c -> c instanceof ImageView).count();
    }

    private static String text(String id, FxRobot robot) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** No banner shown on the last case is still shown on this one. */
    private static void noneOf(List<String> before, List<String> now, String where) {
        List<String> carried = new ArrayList<>(now);
        carried.retainAll(Set.copyOf(before));
        assertTrue(carried.isEmpty(), where + ": banners of the last case: " + carried);
    }

    private static void onlyOwn(String text, int n, String what) {
        if (text == null) {
            return;
        }
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            assertEquals(n, Integer.parseInt(m.group(1)), what + " holds another case's text: " + text);
        }
    }

    private static final class Loading {
        String title;
        String reason;
        String notes;
        Path viewed;
        int letterPages;
        List<String> banners;
    }
}
