package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
 * Decision 0584, found working forty cases by keyboard: back on the worklist (Ctrl+W) the last case's warning
 * ("Summary_Analysis_template_filled.xlsx: row 4 … was left out") stayed above the list, where it reads as about the
 * row selected there — another member. The case's banners now go behind the worklist with the case and come back
 * with it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseBannersStayWithTheCaseUiTest {
    private static final String HEAD_NECK = "10-head-neck-stricter-than-published";
    private static final String LUNG = "03-lung-v20-csv-criteria-met";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    private List<String> caseWarnings() {
        return window.banners().messages().stream().filter(m -> m.contains("left out")).toList();
    }

    @Test
    void aCasesWarningIsNotShownOverTheWorklist(FxRobot robot) throws Exception {
        Path ws = SampleWorkspace.copy(temp.resolve("ws"), HEAD_NECK, LUNG);
        Path headNeck = ws.resolve(HEAD_NECK).toAbsolutePath().normalize();
        robot.interact(() -> window.openWorkspace(ws));
        waitUntil(() -> window.worklistView().table().getItems().size() == 2);
        robot.interact(() -> window.viewModel().openCase(headNeck));
        waitUntil(() -> window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, caseWarnings().size(), window.banners().messages().toString());

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().screenProperty().get() == WorkstationViewModel.Screen.WORKLIST);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), caseWarnings(), "the case's warning over the worklist");
        assertTrue(window.banners().getChildren().stream().filter(n -> n.isVisible()).count() == window.banners().messages().size());
        WindowTests.shoot(robot, window, "worklist-without-the-cases-banners.png");

        // back to the same case: its warning is there again
        robot.interact(() -> window.viewModel().openCase(headNeck));
        waitUntil(() -> window.viewModel().screenProperty().get() == WorkstationViewModel.Screen.CASE
                && window.viewModel().review().evaluation() != null && !window.viewModel().caseLoadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, caseWarnings().size(), window.banners().messages().toString());
    }
}
