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
}
