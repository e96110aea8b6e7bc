package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: "visible focus everywhere". A nurse tabs through the case screen and the worklist with the
 * keyboard only; at every stop the control with the focus must look different from the same control without
 * it (a picture of the control taken focused, and again once Tab has moved on).
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleUiTest {
    private static final String NOT_MET = "06-esophagus-answer-mismatch-not-met";

    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    /** Tabs through the window from {@code first}; names every stop whose focus cannot be seen. */
    private List<String> tabThrough(FxRobot robot, Node first, int stops, int atLeast) {
        robot.interact(first::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unseen = new ArrayList<>();
        Set<Node> visited = new LinkedHashSet<>();
        for (int i = 0; i < stops; i++) {
            Node owner = window.getScene().getFocusOwner();
            if (owner == null || !visited.add(owner)) {
                break;
            }
            Image focused = picture(robot, owner);
            if (owner instanceof TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            if (window.getScene().getFocusOwner() == owner) {
                break;
            }
            if (same(focused, picture(robot, owner))) {
                unseen.add(CutText.where(owner));
            }
        }
        assertTrue(visited.size() >= atLeast, "Tab reached only " + visited.size() + " controls: " + visited);
        return unseen;
    }

    private static Image picture(FxRobot robot, Node node) {
        Image[] out = new Image[1];
        robot.interact(() -> out[0] = node.snapshot(null, null));
        return out[0];
    }

    private static boolean same(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void everyControlTheKeyboardReachesShowsItHasTheFocus(FxRobot robot) {
        SampleWorkspace.copy(workspace, NOT_MET);
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> !window.worklistView().table().getItems().isEmpty());
        robot.interact(() -> window.worklistView().table().getSelectionModel().select(0));
        List<String> unseen = new ArrayList<>(tabThrough(robot, window.worklistView().table(), 30, 3));

        robot.interact(() -> window.viewModel().openCase(workspace.resolve(NOT_MET)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        unseen.addAll(tabThrough(robot, window.caseView().documents().list(), 80, 10));
        for (Theme theme : List.of(Theme.DARK)) {
            robot.interact(() -> theme.apply(window.getScene()));
            unseen.addAll(tabThrough(robot, window.caseView().determination().reasonField(), 30, 3));
        }
        robot.interact(window::shutdown);
        assertEquals(List.of(), unseen, "controls that look the same with and without the keyboard focus");
    }
}
