package org.imrtreview.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.imrtreview.ui.common.Theme;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: the workstation shown headless, and waiting for background work. */
final class WindowTests {
    // the toolkit's start-up timeout (testfx.setup.timeout) is set for every test in pom.xml

    private WindowTests() {
    }

    /** The workstation window in the light theme at 1280x760 (the headless screen is 1280x800). */
    static MainWindow show(Stage stage, RecordingDialogs dialogs) {
        return show(stage, dialogs, WorkstationServices.standard());
    }

    static MainWindow show(Stage stage, RecordingDialogs dialogs, WorkstationServices services) {
        MainWindow window = new MainWindow(services, dialogs);
        Scene scene = new Scene(window, 1280, 760);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /**
     * Waits up to 180 s for background work (case loading, digitising) and then for the FX events it posted. A
     * condition met returns at once; the limit only matters on a machine shared with other builds: an integration
     * run at load 24 on the 2 cores took more than 60 s to open the faxed packet sample in EverySampleLayoutUiTest.
     */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 180 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Starts editing a table cell as a nurse does (click, F2) and waits until its text field has the keyboard
     * before anything is typed: under load the first keys could reach the cell before its editor existed and
     * were lost ("54.5 Gy" saved as "4.5 Gy").
     */
    static void startEditing(org.testfx.api.FxRobot robot, javafx.scene.Node cell) {
        robot.clickOn(cell).type(javafx.scene.input.KeyCode.F2);
        waitUntil(() -> cell.getScene() != null
                && cell.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl t
                && isInside(t, cell));
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Pictures a node into target/ui-shots (for a look at the layout). */
    static void shoot(org.testfx.api.FxRobot robot, javafx.scene.Node node, String name) {
        robot.interact(() -> {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of("target", "ui-shots");
                java.nio.file.Files.createDirectories(dir);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png",
                        dir.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
