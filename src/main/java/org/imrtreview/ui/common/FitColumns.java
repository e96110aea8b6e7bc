package org.imrtreview.ui.common;

import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Keeps a table's short values whole (issue 13): an ID, a date, a time left or a status is never drawn as
 * "ZRH448120…". After each layout change the shown cells are measured and a column whose text did not fit
 * gets the width it needs as its minimum; long free text (a member's name, a folder, an organ) belongs in
 * {@code wrapping} columns, whose cells wrap onto a second line instead.
 */
public final class FitColumns {

    private FitColumns() {
    }

    public static <S> void apply(TableView<S> table, Set<TableColumn<S, ?>> wrapping) {
        Runnable fit = () -> Platform.runLater(() -> fit(table, wrapping));
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) c -> fit.run());
        table.itemsProperty().addListener((o, a, b) -> fit.run());
        table.widthProperty().addListener((o, a, b) -> fit.run());
        table.skinProperty().addListener((o, a, b) -> fit.run());
        // cells get their text during layout: measure after each layout pass (it converges: widths only grow)
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                fit.run();
            }
        });
    }

    /** Widens every non-wrapping column whose shown text is cut to the width its text needs. */
    public static <S> void fit(TableView<S> table, Set<TableColumn<S, ?>> wrapping) {
        boolean changed = false;
        for (Node n : table.lookupAll(".table-cell")) {
            if (!(n instanceof TableCell<?, ?> cell) || cell.isEmpty() || cell.getText() == null
                    || cell.getText().isBlank() || cell.getTableColumn() == null
                    || wrapping.contains(cell.getTableColumn())) {
                continue;
            }
            Text probe = new Text(cell.getText());
            probe.setFont(cell.getFont());
            double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap();
            double need = Math.ceil(probe.getLayoutBounds().getWidth() + graphic + cell.snappedLeftInset()
                    + cell.snappedRightInset() + 4);
            TableColumn<?, ?> column = cell.getTableColumn();
            if (column.getWidth() < need && column.getMinWidth() < need) {
                column.setMinWidth(need);
                if (column.getPrefWidth() < need) {
                    column.setPrefWidth(need);
                }
                changed = true;
            }
        }
        // the headers too ("Only IMRT" must not read "Only IM…")
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof javafx.scene.control.skin.TableColumnHeader header) || header.getTableColumn() == null) {
                continue;
            }
            for (Node child : header.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.control.Label label && label.getText() != null && !label.getText().isBlank()) {
                    Text probe = new Text(label.getText());
                    probe.setFont(label.getFont());
                    double need = Math.ceil(probe.getLayoutBounds().getWidth() + label.snappedLeftInset()
                            + label.snappedRightInset() + header.snappedLeftInset() + header.snappedRightInset() + 6);
                    javafx.scene.control.TableColumnBase<?, ?> column = header.getTableColumn();
                    if (column.getMinWidth() < need) {
                        column.setMinWidth(need);
                        if (column.getPrefWidth() < need) {
                            column.setPrefWidth(need);
                        }
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            table.requestLayout();
        }
    }
}
