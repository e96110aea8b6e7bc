package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.ui.common.FxDialogService;
import org.imrtreview.ui.common.TextScale;
import org.imrtreview.ui.viewer.EvidenceWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: the text size a nurse chose (Ctrl+plus) holds in the dialogs and in the evidence window on her
 * second monitor, not only in the main window; a dialog opens large enough for its larger text, and the keys
 * size the text in the evidence window too.
 */
@ExtendWith(ApplicationExtension.class)
class TextScaleInOtherWindowsUiTest {
    private static final String BRAIN = "01-brain-glioblastoma-criteria-met";

    @TempDir
    Path workspace;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private static double size(Node root) {
        Label label = (Label) root.lookup(".label");
        return label.getFont().getSize();
    }

    @Test
    void aDialogOpensAtTheChosenSizeAndHoldsItsTextWhole(FxRobot robot) {
        DialogPane normal = openOverrideDialog(robot);
        double normalSize = sizeOn(robot, normal);
        double normalWidth = normal.getScene().getWindow().getWidth();
        robot.interact(() -> normal.getScene().getWindow().hide());

        robot.interact(() -> window.textScale().set(150));
        DialogPane pane = openOverrideDialog(robot);
        assertEquals(normalSize * 1.5, sizeOn(robot, pane), 0.01, "the dialog's text at 150 %");
        assertTrue(pane.getScene().getWindow().getWidth() > normalWidth * 1.3,
                "the dialog opens larger: " + pane.getScene().getWindow().getWidth() + " vs " + normalWidth);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutText.find(pane)));
        assertEquals(List.of(), cut, "a dialog as large as its larger text");
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private static double sizeOn(FxRobot robot, Node root) {
        double[] size = new double[1];
        robot.interact(() -> size[0] = size(root));
        return size[0];
    }

    /** The checklist override dialog (wrapping labels, radio buttons, a text area), left open. */
    private DialogPane openOverrideDialog(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage, window.textScale());
        Platform.runLater(() -> dialogs.askChecklistOverride(new ChecklistItem("imaging",
                "Imaging report (MRI or CT) within 60 days", false, "no imaging report found", false, null)));
        waitUntil(() -> dialogPane() != null);
        return dialogPane();
    }

    private static DialogPane dialogPane() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    @Test
    void theEvidenceWindowFollowsTheSizeAndItsKeysSizeItThere(FxRobot robot) {
        SampleWorkspace.copy(workspace, BRAIN);
        robot.interact(() -> window.viewModel().openCase(workspace.resolve(BRAIN)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        robot.interact(() -> window.textScale().set(125));
        robot.interact(() -> window.caseView().documents().list().getSelectionModel().select(0));
        robot.interact(() -> window.caseView().documents().openInOwnWindow());
        EvidenceWindow evidence = window.caseView().documents().evidenceWindow();
        waitUntil(() -> evidence != null && evidence.isShowing());
        Node root = evidence.stage().getScene().getRoot();
        double opened = sizeOn(robot, root);
        robot.interact(() -> window.textScale().reset());
        double normal = sizeOn(robot, root);
        assertEquals(normal * 1.25, opened, 0.2, "opened at the chosen size");

        robot.interact(() -> window.textScale().set(150));
        assertEquals(normal * 1.5, sizeOn(robot, root), 0.2, "follows a change made in the main window");

        // Ctrl+minus pressed while reading in the evidence window sizes the text everywhere
        robot.interact(() -> {
            evidence.stage().requestFocus();
            root.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(125, window.textScale().percent());
        assertEquals(normal * 1.25, sizeOn(robot, root), 0.2);
        robot.interact(evidence::close);
        robot.interact(window::shutdown);
    }

    @Test
    void tooltipsAndMenusTakeTheChosenSize(FxRobot robot) {
        double normalTip = tooltipTextSize(robot);
        double normalMenu = menuTextSize(robot);
        robot.interact(() -> window.textScale().set(150));
        assertEquals(normalTip * 1.5, tooltipTextSize(robot), 0.01, "a tooltip at 150 %");
        assertEquals(normalMenu * 1.5, menuTextSize(robot), 0.01, "a menu of the menu bar at 150 % (of its 13 px)");
        robot.interact(() -> window.textScale().reset());
        assertEquals(normalTip, tooltipTextSize(robot), 0.01, "back to normal");
        robot.interact(window::shutdown);
    }

    /** A tooltip shown over the main window (as its hover would), its text measured, then hidden. */
    private double tooltipTextSize(FxRobot robot) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("Open the next case (Ctrl+.)");
        robot.interact(() -> tip.show(stage, stage.getX() + 20, stage.getY() + 20));
        WaitForAsyncUtils.waitForFxEvents();
        double[] size = new double[2];
        robot.interact(() -> {
            size[0] = tip.getScene().getRoot().lookupAll(".tooltip").stream().filter(Label.class::isInstance)
                    .map(n -> ((Label) n).getFont().getSize()).findFirst().orElseThrow();
            size[1] = tip.getWidth();
            tip.hide();
        });
        assertTrue(size[1] > 0);
        return size[0];
    }

    /** The first menu of the menu bar opened as a click would, the size of its first item's text. */
    private double menuTextSize(FxRobot robot) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.lookup(".menu-bar");
        javafx.scene.control.Menu menu = bar.getMenus().get(0);
        robot.interact(menu::show);
        WaitForAsyncUtils.waitForFxEvents();
        double[] size = new double[1];
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.scene.control.ContextMenu popup && w.isShowing()) {
                    size[0] = ((Label) popup.getScene().getRoot().lookup(".menu-item .label")).getFont().getSize();
                }
            }
            menu.hide();
        });
        assertTrue(size[0] > 0, "the menu opened");
        return size[0];
    }
}
