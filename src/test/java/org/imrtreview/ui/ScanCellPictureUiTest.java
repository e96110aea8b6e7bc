package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.imrtreview.model.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: beside a value read from a scan the window shows the cell as it is on the page, cut out
 * where the value was read, so the nurse confirms it at a glance (decision 0253). Sample 13's table is
 * a 200 dpi scan; moving to the heart row's 3D cell shows "27.4 Gy" and its picture.
 */
@ExtendWith(ApplicationExtension.class)
class ScanCellPictureUiTest {
    private static final String SCANNED = "13-lung-scanned-table";

    @TempDir
    static Path workspace;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.show(stage, new RecordingDialogs());
    }

    @Test
    void aScannedCellShowsItsPictureBesideTheValueRead(FxRobot robot) {
        SampleWorkspace.copy(workspace, SCANNED);
        robot.interact(() -> window.viewModel().openCase(workspace.resolve(SCANNED)));
        waitUntil(() -> window.viewModel().review().evaluation() != null);
        Node pane = robot.lookup("#scanCell").query();
        assertTrue(pane.isVisible(), "a table read by OCR shows a cell as scanned");

        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#summaryTable").queryAs(TableView.class);
        TableColumn<Object, ?> threeD = table.getColumns().stream()
                .filter(c -> ("col-" + Column.DOSE_3D.missingWord()).equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(1, threeD);
        });
        Label read = robot.lookup("#scanCellRead").queryAs(Label.class);
        waitUntil(() -> read.getText().contains("27.4 Gy"));
        ImageView picture = robot.lookup("#scanCellPicture").queryAs(ImageView.class);
        waitUntil(() -> picture.getImage() != null);
        double w = picture.getImage().getWidth();
        double h = picture.getImage().getHeight();
        assertTrue(w > 2 * h && w < 700 && h < 120, "one cell of the page, not the page: " + w + " x " + h);
        assertTrue(picture.getFitHeight() <= 44, "shown no taller than a line or two");
        assertFalse(robot.lookup("#scanCellDoubt").query().isVisible(), "a clean reading is not said to be doubted");
        assertEquals("the scanned picture of the cell read as 27.4 Gy", picture.getAccessibleText());
    }
}
