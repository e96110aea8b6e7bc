package org.imrtreview.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.imrtreview.constraint.library.PublishedConstraint;
import org.imrtreview.constraint.library.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A nurse searches the library the way she reads a table, and sees citations and secondary marks. */
@ExtendWith(ApplicationExtension.class)
class ConstraintLibraryPaneTest {

    private ConstraintLibraryPane pane;

    @Start
    void start(Stage stage) {
        pane = new ConstraintLibraryPane();
        stage.setScene(new Scene(pane, 1200, 700));
        stage.show();
    }

    @Test
    void typingAnOrganSpellingFiltersToThatOrgansEntries(FxRobot robot) {
        robot.clickOn("#library-search").write("Lt parotid");
        WaitForAsyncUtils.waitForFxEvents();
        var items = pane.table().getItems();
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(e -> e.covers("Parotid_L") || e.organ().toLowerCase().contains("parotid")));
        assertTrue(robot.lookup("#library-count").queryAs(Label.class).getText().endsWith("of 376"));
    }

    @Test
    void sourceAndRegimeNarrowTheListAndSelectionShowsTheCitation(FxRobot robot) {
        robot.interact(() -> {
            pane.searchField().setText("TG-101");
            pane.regimeChoice().setValue(Regime.SBRT_SRS.title());
        });
        var items = pane.table().getItems();
        assertEquals(121, items.size());
        robot.interact(() -> pane.table().getSelectionModel().select(0));
        String details = robot.lookup("#library-details").queryTextInputControl().getText();
        assertTrue(details.contains("Benedict SH"), details);
        assertTrue(details.contains("EQD2"), details);
    }

    @Test
    void secondaryEntriesAreMarked(FxRobot robot) throws Exception {
        robot.interact(() -> pane.searchField().setText("CORSAIR"));
        var items = pane.table().getItems();
        int index = 0;
        while (!items.get(index).secondary()) {
            index++;
        }
        PublishedConstraint secondary = items.get(index);
        assertTrue(secondary.id().startsWith("OAR-"));
        String shownId = pane.table().getColumns().get(0).getCellData(index).toString();
        assertTrue(shownId.endsWith(ConstraintLibraryPane.SECONDARY_MARK), shownId);
        File png = new File("target/library-pane.png");
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(pane.snapshot(null, null), null), "png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(png.length() > 0);
    }
}
