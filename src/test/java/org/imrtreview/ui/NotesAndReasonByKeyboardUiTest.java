package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0661: Ctrl+Shift+W puts the keyboard in the reason box and Ctrl+Shift+N in the notes, from wherever it
 * was on the case screen (here the summary table), each box scrolled into the right panel's view; what she types lands
 * in the case's reason draft and notes. On the worklist the keys say "Open a case first." and type nothing anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class NotesAndReasonByKeyboardUiTest {
    private static final String NOT_MET = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    Path workspace;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, dialogs);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReasonBoxAndTheNotesAreAKeyAway(FxRobot robot) {
        SampleWorkspace.copy(workspace, NOT_MET, "10-head-neck-stricter-than-published");
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        shortcut(robot, KeyCode.W);
        assertTrue(window.banners().messages().contains("Open a case first."), window.banners().messages().toString());

        robot.interact(() -> window.viewModel().openCase(workspace.resolve(NOT_MET)));
        waitUntil(() -> !window.viewModel().caseLoadingProperty().get() && window.viewModel().review().evaluation() != null);
        TextArea reason = robot.lookup("#decisionReason").queryAs(TextArea.class);
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> window.caseView().table().requestFocus());

        shortcut(robot, KeyCode.W);
        assertSame(reason, window.getScene().getFocusOwner(), "Ctrl+Shift+W: the reason box has the keyboard");
        assertInView(reason);
        robot.write("margins reviewed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("margins reviewed", window.viewModel().review().reasonDraftProperty().get());

        shortcut(robot, KeyCode.N);
        assertSame(notes, window.getScene().getFocusOwner(), "Ctrl+Shift+N: the notes have the keyboard");
        assertInView(notes);
        WindowTests.shoot(robot, window, "notes-by-keyboard.png");
        robot.write("called the clinic");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("called the clinic", window.viewModel().review().state().notes());
        assertEquals("margins reviewed", reason.getText(), "the notes' keys do not reach the reason box");

        // back to the reason box: the caret at the end of what she typed, the text kept
        shortcut(robot, KeyCode.W);
        assertSame(reason, window.getScene().getFocusOwner());
        robot.write(" twice");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("margins reviewed twice", reason.getText());
        WindowTests.shoot(robot, window, "reason-by-keyboard.png");
        // Tab goes on from the reason box, Shift+Tab comes back, and neither types into it (decision 0665)
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getScene().getFocusOwner() != reason, "Tab left the reason box");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(reason, window.getScene().getFocusOwner(), "Shift+Tab came back");
        assertEquals("margins reviewed twice", reason.getText(), "no tab character typed");
        robot.interact(window::shutdown);
    }

    /** The box lies within the right panel's visible part (not scrolled below its fold). */
    private static void assertInView(Node box) {
        ScrollPane pane = null;
        for (Node n = box.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane sp) {
                pane = sp;
                break;
            }
        }
        assertTrue(pane != null, "the box is in the right panel's scroll pane");
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds b = box.localToScene(box.getLayoutBounds());
        assertTrue(b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1,
                box.getId() + " at " + b.getMinY() + "-" + b.getMaxY() + " in a view " + view.getMinY() + "-" + view.getMaxY());
    }
}
