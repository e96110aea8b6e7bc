package org.imrtreview.ui.common;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A list of keyboard shortcuts as a two-column table per section (keys | what they do), the sections side by
 * side in two columns so the whole list is read at once at 1366×768. Built from labels in grid cells, so the
 * keys line up in any font (the old list was a text area aligned with spaces in a proportional font).
 */
public final class KeySheet {

    /** One shortcut: the keys as pressed ("Ctrl+Shift+A") and what they do. */
    public record Key(String keys, String action) {
    }

    /** A heading and its shortcuts. */
    public record Section(String title, List<Key> keys) {
    }

    private KeySheet() {
    }

    /** The sheet as a node: left column holds the first half of the sections (by number of lines). */
    public static Node node(List<Section> sections) {
        int total = sections.stream().mapToInt(s -> s.keys().size() + 2).sum();
        int split = 0;
        int lines = 0;
        while (split < sections.size() && lines + sections.get(split).keys().size() + 2 <= (total + 1) / 2) {
            lines += sections.get(split).keys().size() + 2;
            split++;
        }
        split = Math.max(1, split);
        HBox columns = new HBox(28, column(sections.subList(0, split)), column(sections.subList(split, sections.size())));
        columns.getStyleClass().add("key-sheet");
        columns.setPadding(new Insets(4, 8, 4, 8));
        return columns;
    }

    private static GridPane column(List<Section> sections) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.LEFT);
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, action);
        int row = 0;
        for (Section s : sections) {
            Label title = new Label(s.title());
            title.getStyleClass().addAll("section-title", "key-sheet-title");
            GridPane.setMargin(title, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(title, 0, row++, 2, 1);
            for (Key k : s.keys()) {
                Label keysLabel = new Label(k.keys());
                keysLabel.getStyleClass().add("key-sheet-keys");
                keysLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label what = new Label(k.action());
                what.getStyleClass().add("key-sheet-action");
                what.setWrapText(true);
                what.setMaxWidth(300);
                GridPane.setValignment(keysLabel, VPos.TOP);
                grid.add(keysLabel, 0, row);
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }

    /** The same list as plain text, for places without a window (and for tests' records). */
    public static String text(List<Section> sections) {
        int width = sections.stream().flatMap(s -> s.keys().stream()).mapToInt(k -> k.keys().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Section s : sections) {
            sb.append(s.title()).append('\n');
            for (Key k : s.keys()) {
                sb.append("  ").append(k.keys()).append(" ".repeat(width - k.keys().length() + 2)).append(k.action()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
