package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.transform.Scale;
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
 * Issue 13: every bundled sample's case screen and the worklist of all of them, at 1366×768, 1440×900 and
 * 1920×1080, light and dark — no label, header, chip, summary-table or worklist cell drawn with an ellipsis or past its
 * pane, and no internal code on screen ({@link CutText}). {@link NothingCutOffUiTest} looks at the other
 * tabs for one sample per feature; this one reads each sample's own text (organ names,
 * answers, flags, deadlines) on the screen a nurse first meets.
 *
 * <p>One window for everything: each case is opened once and the same window is laid out again at each size
 * and theme, so the run costs about one case load per sample. The window is laid out at full size and drawn
 * scaled into the headless screen (1280x800), which cannot hold a larger window (decision 0240).
 */
@ExtendWith(ApplicationExtension.class)
class EverySampleLayoutUiTest {
    private static final int[][] SIZES = {{1366, 768}, {1440, 900}, {1920, 1080}};

    @TempDir
    Path workspace;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everySampleAndTheWorklistReadWholeAtEverySizeInBothThemes(FxRobot robot) throws IOException {
        List<String> samples = bundledSamples();
        SampleWorkspace.copy(workspace, samples.toArray(String[]::new));
        MainWindow window = show(robot);
        robot.interact(() -> window.openWorkspace(workspace));
        waitUntil(() -> window.worklistView().table().getItems().size() == samples.size());
        Set<String> found = new LinkedHashSet<>(everyLook(robot, window, "worklist"));
        for (String sample : samples) {
            robot.interact(() -> window.viewModel().openCase(workspace.resolve(sample)));
            waitUntil(() -> !window.viewModel().caseLoadingProperty().get()
                    && window.viewModel().review().evaluation() != null);
            found.addAll(everyLook(robot, window, sample.substring(0, 2)));
        }
        robot.interact(window::shutdown);
        assertEquals("", String.join("\n", found));
    }

    private static List<String> bundledSamples() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("samples"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d\\d-.*")).sorted().toList();
        }
    }

    private MainWindow show(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(WorkstationServices.standard(), new RecordingDialogs());
            Scene scene = new Scene(new Group(window[0]), 1270, 760);
            // the first size is set before the first layout, as a window opens at its size; the case screen's
            // side panels follow each size after (a window maximised after opening), as nobody dragged them
            resize(window[0], SIZES[0][0], SIZES[0][1], Theme.LIGHT);
            stage.setScene(scene);
            stage.show();
        });
        return window[0];
    }

    /** What reads cut off in the window as it is now, at each size in each theme. */
    private static List<String> everyLook(FxRobot robot, MainWindow window, String what) {
        List<String> found = new ArrayList<>();
        double[] documentsWidth = new double[2];
        for (Theme theme : Theme.values()) {
            for (int[] size : SIZES) {
                robot.interact(() -> resize(window, size[0], size[1], theme));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(window::layout); // the side panels take their width after the pass that resized
                String look = what + " at " + size[0] + "x" + size[1] + " " + theme + ": ";
                robot.interact(() -> CutText.find(window).forEach(f -> found.add(look + f)));
                if (!what.equals("worklist")) {
                    documentsWidth[size[0] == SIZES[0][0] ? 0 : 1] = window.caseView().documents().getWidth();
                }
            }
            // the side panels follow the window (nobody dragged a divider): the documents list is wider at 1920
            if (!what.equals("worklist") && documentsWidth[1] < documentsWidth[0] + 50) {
                found.add(what + " " + theme + ": documents list " + documentsWidth[0] + " px at 1366 and "
                        + documentsWidth[1] + " px at 1920 (side panels did not follow the window)");
            }
        }
        return found;
    }

    private static void resize(MainWindow window, int width, int height, Theme theme) {
        theme.apply(window.getScene());
        window.setMinSize(width, height);
        window.setPrefSize(width, height);
        window.setMaxSize(width, height);
        double scale = Math.min(1270.0 / width, 760.0 / height);
        window.getTransforms().setAll(new Scale(scale, scale, 0, 0));
        window.applyCss();
        window.layout();
    }
}
