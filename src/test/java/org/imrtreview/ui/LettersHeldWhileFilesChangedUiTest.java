package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0550: an approval recorded, then the provider's corrected table is dropped into the case folder while the
 * case is still open. Before, the approval letter could still be saved or printed from the window until the case was
 * opened again (0450 caught it only then), and the decision buttons stayed pressable under the red banner. Now the
 * letter's save is refused at the press (the files are looked at again, before any timer did), and once the banner is
 * up the decision buttons, letter buttons and their menu items and shortcuts are off with the reason said; F5 reads
 * the case again, and the approval made on the old table is then said to be outdated (0450).
 */
@ExtendWith(ApplicationExtension.class)
class LettersHeldWhileFilesChangedUiTest {
    private static final String MET = "01-brain-glioblastoma-criteria-met";
    private static final String REVISED_TABLE = """
            OAR,Dose Constraint,Source of Constraint,3D-CRT,IMRT,Can constraint only be met with IMRT?
            Brainstem,Dmax < 54 Gy,QUANTEC,53.0 Gy,52.1 Gy,No
            Optic chiasm,Dmax < 55 Gy,QUANTEC,53.2 Gy,47.8 Gy,No
            Left cochlea,Dmean <= 45 Gy,QUANTEC,44.2 Gy,39.5 Gy,No
            Right optic nerve,Dmax < 55 Gy,QUANTEC,50.9 Gy,46.3 Gy,No
            """;

    @TempDir
    Path temp;

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    private void open(FxRobot robot, Path folder) {
        robot.interact(() -> window.viewModel().openCase(folder));
        waitUntil(() -> window.viewModel().review().session() != null
                && folder.equals(window.viewModel().review().session().folder())
                && window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
    }

    private void save(FxRobot robot) {
        robot.interact(() -> {
            window.caseView().showLetter();
            window.caseView().letter().saveAs();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream).filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow();
    }

    @Test
    void noLetterOrDecisionGoesOutOnFilesThatChangedWhileTheCaseWasOpen(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), MET);
        Path folder = ws.resolve(MET).toAbsolutePath().normalize();
        Path outbox = Files.createDirectories(temp.resolve("outbox"));
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        open(robot, folder);
        robot.interact(() -> window.caseView().letter().reviewerField().setText("Dana Whitfield, RN"));
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.APPROVE, "").isEmpty()));
        window.saver().flush();
        Path approval = outbox.resolve("approval.pdf");
        dialogs.saveAnswer = approval;
        save(robot);
        waitUntil(() -> Files.exists(approval));

        // the provider's corrected table arrives while the case is still open; she saves the letter again at once,
        // before the 15-s look: refused at the press, nothing written
        Files.writeString(folder.resolve("summary_revised.csv"), REVISED_TABLE);
        Path stale = outbox.resolve("approval-on-the-old-table.pdf");
        dialogs.saveAnswer = stale;
        save(robot);
        waitUntil(() -> window.banners().messages().stream().anyMatch(m -> m.startsWith("No letter is printed or saved")));
        String said = window.banners().messages().stream().filter(m -> m.startsWith("No letter is printed or saved")).findFirst()
                .orElseThrow();
        assertTrue(said.contains("your decision (Approve) stands on them as they were read") && said.contains("Reload the case (F5)"),
                said);
        Thread.sleep(1500);
        assertFalse(Files.exists(stale), "no approval letter on the table that changed since");

        // the banner is up: decisions, letters and their menu items (shortcuts) are off, and the window says why
        assertTrue(window.viewModel().review().filesChangedProperty().get() != null);
        for (String id : List.of("#approveButton", "#requestInfoButton", "#referButton", "#letterPrintButton", "#letterSaveButton")) {
            assertTrue(robot.lookup(id).queryAs(Button.class).isDisabled(), id + " is off");
        }
        Label held = robot.lookup("#decisionsHeld").queryAs(Label.class);
        assertTrue(held.isVisible() && held.getText().contains("reload the case (F5)"), held.getText());
        for (String item : List.of("Approve", "Request information", "Refer to physician reviewer", "Print letter…",
                "Save letter as PDF…", "Export decision as PAS response…")) {
            assertTrue(menuItem(robot, item).isDisable(), item + " (and its shortcut) is off");
        }
        WindowTests.shoot(robot, window, "letters-held-while-files-changed.png");
        // the pointer on the greyed Approve: the row's tooltip says why (a disabled button shows none of its own)
        robot.moveTo(robot.lookup("#approveButton").queryAs(Button.class));
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && t.isShowing() && t.getText().startsWith("Decisions are held until you reload")));
        // Ctrl+Shift+R (refer) from the keyboard records nothing
        robot.interact(() -> robot.lookup("#notes").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        window.saver().flush();
        assertEquals(NurseDecision.APPROVE, new ReviewStateStore().read(folder).state().decision().decision());

        // F5 reads the case as it is: the buttons come back, and the approval made on the old table is outdated (0450)
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> window.viewModel().review().session() != null && !window.viewModel().caseLoadingProperty().get()
                && window.viewModel().review().evaluation() != null
                && window.viewModel().review().filesChangedProperty().get() == null);
        assertFalse(robot.lookup("#approveButton").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#decisionsHeld").queryAs(Label.class).isVisible());
        assertFalse(menuItem(robot, "Approve").isDisable());
        assertNull(window.viewModel().review().filesChangedProperty().get());
        save(robot);
        waitUntil(() -> window.banners().messages().stream().anyMatch(m -> m.startsWith("Your decision (Approve) was recorded")));
        assertFalse(Files.exists(stale), "still no approval letter on the old table");
    }

    /** The physician reviewer's uphold / overturn / peer-to-peer are held the same way under the banner. */
    @Test
    void thePhysiciansStepsAreHeldToo(FxRobot robot) throws Exception {
        String referred = "04-prostate-xls-criteria-not-met";
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), referred);
        Path folder = ws.resolve(referred).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 1);
        open(robot, folder);
        robot.interact(() -> assertTrue(window.viewModel().review().decide(NurseDecision.REFER, "").isEmpty()));
        robot.interact(() -> window.identityProperty().set(new org.imrtreview.store.ReviewerIdentity("Helen Vance",
                "MD, Radiation Oncology", org.imrtreview.store.ReviewerRole.PHYSICIAN)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#upholdButton").queryAs(Button.class).isDisabled(), "she may uphold");
        String rationale = "Rectum and bladder constraints are met with 3D; IMRT is not medically necessary.";
        robot.interact(() -> robot.lookup("#physicianRationale").queryAs(javafx.scene.control.TextArea.class).setText(rationale));
        Files.writeString(folder.resolve("summary_revised.csv"), REVISED_TABLE);
        robot.interact(() -> window.viewModel().checkOpenCaseFiles());
        waitUntil(() -> window.viewModel().review().filesChangedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#upholdButton", "#overturnButton", "#peerToPeerButton")) {
            assertTrue(robot.lookup(id).queryAs(Button.class).isDisabled(), id + " is off");
        }
        assertTrue(robot.lookup("#physicianHeld").queryAs(Label.class).isVisible());
        robot.interact(() -> {
            javafx.scene.Node pane = robot.lookup("#physicianReview").query();
            javafx.scene.Node n = pane;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane sp) { // the right panel scrolled to the physician's part
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(pane.localToScene(pane.getBoundsInLocal())).getMinY();
                double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WindowTests.shoot(robot, window, "physician-steps-held-while-files-changed.png");

        // F5 as the banner says: her rationale is still there for this case (decision 0554), the buttons are back
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> window.viewModel().review().session() != null && !window.viewModel().caseLoadingProperty().get()
                && window.viewModel().review().evaluation() != null
                && window.viewModel().review().filesChangedProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rationale, robot.lookup("#physicianRationale").queryAs(javafx.scene.control.TextArea.class).getText());
        assertFalse(robot.lookup("#upholdButton").queryAs(Button.class).isDisabled());
        // and it is never shown on another case
        Path other = SampleWorkspace.copy(temp.resolve("ws2"), "06-esophagus-answer-mismatch-not-met")
                .resolve("06-esophagus-answer-mismatch-not-met").toAbsolutePath().normalize();
        open(robot, other);
        assertEquals("", robot.lookup("#physicianRationale").queryAs(javafx.scene.control.TextArea.class).getText());
    }
}
