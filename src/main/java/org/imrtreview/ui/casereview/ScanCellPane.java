package org.imrtreview.ui.casereview;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.imrtreview.model.Column;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * Under a table read from a scan or fax: the cell's picture as it is on the page, cut out where its
 * value was read, beside what was read, how surely, and why the program doubts it — so the nurse
 * confirms (F2, Enter) or corrects the value at a glance instead of opening the page (decision 0253).
 * Shows the focused cell when it was read by OCR, else the first doubted cell, else the first value
 * read by OCR; hidden for tables read from text.
 */
final class ScanCellPane extends HBox {
    /** The picture is shown at most this tall (a cell is one or two lines). */
    private static final double MAX_HEIGHT = 44;

    private final CaseReviewViewModel vm;
    private final SummaryTableView table;
    private final TaskExecutor tasks;
    private final ImageView picture = new ImageView();
    private final Label where = new Label();
    private final Label read = new Label();
    private final Label doubt = new Label();
    private final Map<OcrCell, Image> pictures = new HashMap<>();
    private TaskExecutor.Cancellable loading;
    private OcrCell shown;

    ScanCellPane(CaseReviewViewModel vm, SummaryTableView table, TaskExecutor tasks) {
        this.vm = vm;
        this.table = table;
        this.tasks = tasks;
        setId("scanCell");
        getStyleClass().add("scan-cell");
        setSpacing(10);
        setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        picture.setId("scanCellPicture");
        picture.getStyleClass().add("scan-cell-picture");
        HBox frame = new HBox(picture);
        frame.getStyleClass().add("scan-cell-frame");
        where.getStyleClass().add("text-muted");
        where.setWrapText(true);
        read.setId("scanCellRead");
        read.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        doubt.setId("scanCellDoubt");
        doubt.getStyleClass().add("scan-cell-doubt");
        doubt.setWrapText(true);
        where.setMinWidth(0);
        HBox line = new HBox(6, where, read);
        line.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(2, line, doubt);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(frame, text);
        table.getFocusModel().focusedCellProperty().addListener((o, a, b) -> update());
        vm.effectiveProperty().addListener((o, a, c) -> {
            pictures.clear();
            update();
        });
        update();
    }

    private void update() {
        OcrCell cell = chosen();
        boolean show = cell != null && cell.spot() != null;
        setVisible(show);
        setManaged(show);
        if (!show) {
            shown = null;
            return;
        }
        if (cell.equals(shown)) {
            return;
        }
        shown = cell;
        String column = switch (cell.column()) {
            case ORGAN -> "organ";
            case CONSTRAINT -> "constraint";
            case SOURCE -> "source";
            case DOSE_3D -> "3D value";
            case DOSE_IMRT -> "IMRT value";
            case ANSWER -> "provider's answer";
        };
        where.setText("As scanned: row " + cell.row() + ", " + column + ", " + cell.where());
        read.setText(String.format(Locale.ROOT, "read as \u201C%s\u201D, %.0f %% sure", cell.text(), cell.confidence() * 100));
        String why = vm.ocrDoubt(cell.row(), cell.column()).orElse(null);
        doubt.setText(why == null ? "" : "Doubted: " + why + ".");
        doubt.setVisible(why != null);
        doubt.setManaged(why != null);
        picture.setAccessibleText("the scanned picture of the cell read as " + cell.text());
        Image known = pictures.get(cell);
        if (known != null) {
            show(known);
            return;
        }
        picture.setImage(null);
        if (loading != null) {
            loading.cancel();
        }
        loading = tasks.execute("Cutting the cell out of the scanned page", () -> vm.scanPicture(cell), img -> {
            if (img.isPresent()) {
                Image fx = toFx(img.get());
                pictures.put(cell, fx);
                if (cell.equals(shown)) {
                    show(fx);
                }
            }
        }, e -> { });
    }

    private void show(Image image) {
        picture.setImage(image);
        picture.setFitHeight(Math.min(MAX_HEIGHT, image.getHeight()));
    }

    private static Image toFx(BufferedImage img) {
        return SwingFXUtils.toFXImage(img, null);
    }

    /** The focused cell when read by OCR, else the first doubted one, else the first value read by OCR. */
    private OcrCell chosen() {
        ReviewCase c = vm.effectiveProperty().get();
        if (c == null || c.table() == null || c.table().ocrCells().isEmpty()) {
            return null;
        }
        TablePosition<RowResult, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos != null && pos.getRow() >= 0 && pos.getRow() < table.getItems().size() && pos.getTableColumn() != null) {
            Column column = columnOf(pos.getTableColumn().getId());
            if (column != null) {
                Optional<OcrCell> focused = vm.ocrReading(table.getItems().get(pos.getRow()).row().number(), column);
                if (focused.isPresent()) {
                    return focused.get();
                }
            }
        }
        for (OcrCell o : c.table().ocrCells()) {
            if (vm.ocrDoubt(o.row(), o.column()).isPresent()) {
                return o;
            }
        }
        return c.table().ocrCells().stream().filter(o -> o.column() == Column.DOSE_3D || o.column() == Column.DOSE_IMRT)
                .findFirst().orElse(c.table().ocrCells().get(0));
    }

    private static Column columnOf(String id) {
        if (id == null || !id.startsWith("col-")) {
            return null;
        }
        for (Column c : Column.values()) {
            if (id.equals("col-" + c.missingWord())) {
                return c;
            }
        }
        return null;
    }
}
