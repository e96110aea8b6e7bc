package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.imrtreview.ui.common.KeySheet;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 10: the F1 list was a text area aligned with spaces in a proportional font, in a small
 * scrolling box. Now the keys and their actions stand in aligned columns, the whole list fits a 1366×768
 * screen without scrolling, and it names every accelerator of the menus.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsUiTest {

    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void keysAndActionsStandInAlignedColumnsAndFitTheScreen(FxRobot robot) {
        Node[] sheet = new Node[1];
        robot.interact(() -> {
            sheet[0] = KeySheet.node(Shortcuts.SECTIONS);
            Scene scene = new Scene(new Group(sheet[0]), 1270, 760);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutText.find(sheet[0])));
        assertEquals(List.of(), cut);
        // each column of the sheet: every key starts at one x, every action at another
        for (String style : List.of(".key-sheet-keys", ".key-sheet-action")) {
            Set<Long> xs = robot.lookup(style).queryAllAs(Label.class).stream()
                    .map(l -> Math.round(l.localToScene(0, 0).getX())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(2, xs.size(), style + " lines up in the two columns of the sheet: " + xs);
        }
        double height = sheet[0].getLayoutBounds().getHeight();
        assertTrue(height < 768 - 200, "the list is read whole in a dialog on a 1366x768 screen: " + height + " px");
    }

    @Test
    void theListNamesEveryAcceleratorOfTheMenus(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = WindowTests.show(stage, dialogs));
        String listed = Shortcuts.TEXT.replace("Ctrl+plus", "Ctrl++").replace("Ctrl+minus", "Ctrl+-");
        List<String> missing = new ArrayList<>();
        MenuBar bar = (MenuBar) window[0].lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    javafx.scene.input.KeyCodeCombination k = (javafx.scene.input.KeyCodeCombination) item.getAccelerator();
                    String key = switch (k.getCode()) {
                        case PERIOD -> ".";
                        case COMMA -> ",";
                        case PLUS -> "+";
                        case MINUS -> "-";
                        case DIGIT0 -> "0";
                        default -> k.getCode().getName();
                    };
                    String keys = (k.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN ? "Ctrl+" : "")
                            + (k.getShift() == javafx.scene.input.KeyCombination.ModifierValue.DOWN ? "Shift+" : "") + key;
                    if (!listed.contains(keys)) {
                        missing.add(item.getText() + " " + keys);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "Help ▸ Keyboard shortcuts names every accelerator");
        robot.interact(() -> ((MenuItem) bar.getMenus().get(bar.getMenus().size() - 1).getItems().get(0)).fire());
        assertTrue(dialogs.asked.contains("keys Keyboard shortcuts"), dialogs.asked.toString());
        robot.interact(window[0]::shutdown);
    }

    /**
     * Decision 0661: no two menu items answer one key (Ctrl+Shift+N notes and Ctrl+Shift+W reason were added beside
     * Ctrl+N new case and Ctrl+W worklist), and none takes a key a text box uses for editing (Ctrl+A, C, V, X, Z, Y).
     */
    @Test
    void noTwoMenuItemsShareAKeyAndNoneTakesATextBoxsKey(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = WindowTests.show(stage, dialogs));
        MenuBar bar = (MenuBar) window[0].lookup(".menu-bar");
        java.util.Map<javafx.scene.input.KeyCombination, String> seen = new java.util.HashMap<>();
        List<String> clashes = new ArrayList<>();
        java.util.Set<String> editing = java.util.Set.of("Shortcut+A", "Shortcut+C", "Shortcut+V", "Shortcut+X", "Shortcut+Z",
                "Shortcut+Y", "Shortcut+Shift+Z");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                javafx.scene.input.KeyCombination k = item.getAccelerator();
                if (k == null) {
                    continue;
                }
                String other = seen.put(k, item.getText());
                if (other != null) {
                    clashes.add(other + " and " + item.getText() + ": " + k.getName());
                }
                if (editing.contains(k.getName().replace("Ctrl+", "Shortcut+"))) {
                    clashes.add(item.getText() + " takes a text box's " + k.getName());
                }
            }
        }
        assertEquals(List.of(), clashes);
        assertTrue(seen.values().containsAll(List.of("Notes", "Reason for your decision")), seen.values().toString());
        robot.interact(window[0]::shutdown);
    }
}
