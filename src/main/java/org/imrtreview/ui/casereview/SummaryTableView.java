package org.imrtreview.ui.casereview;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.imrtreview.model.Answer;
import org.imrtreview.model.Column;
import org.imrtreview.model.Flag;
import org.imrtreview.model.RowResult;
import org.imrtreview.ui.common.Icons;
import org.imrtreview.ui.common.KeptNodes;
import org.imrtreview.ui.common.ReusedTooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The provider's summary table, evaluated: each plan's value with ✓/✗ against the constraint, the
 * computed "only IMRT meets it" next to the provider's answer, and the row's flags as icons whose
 * tooltips say what is wrong. The six submitted cells are editable; a corrected cell is marked and
 * its tooltip shows what was submitted.
 */
public final class SummaryTableView extends TableView<RowResult> {
    private final CaseReviewViewModel vm;

    public SummaryTableView(CaseReviewViewModel vm) {
        this.vm = vm;
        setId("summaryTable");
        getStyleClass().add("summary-table");
        setItems(vm.rows());
        setEditable(true);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label("No summary table was found in this submission.");
        setPlaceholder(placeholder);
        // while a case is being read there is no table yet: do not say none was found
        vm.submittedProperty().addListener((o, a, c) -> placeholder.setText(c == null
                ? "Reading the submission…" : "No summary table was found in this submission."));
        getSelectionModel().setCellSelectionEnabled(true);
        // reached with Tab, the table shows where the keyboard is: the first organ cell (issue 13, visible focus)
        focusedProperty().addListener((o, was, is) -> {
            var cell = getFocusModel().getFocusedCell();
            if (is && !getItems().isEmpty() && getColumns().size() > 1 && (cell == null || cell.getRow() < 0
                    || cell.getTableColumn() == null)) {
                getFocusModel().focus(0, getColumns().get(1));
            }
        });

        TableColumn<RowResult, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row().number()));
        number.setPrefWidth(34);
        number.setMaxWidth(44);
        number.setEditable(false);
        getColumns().add(number);
        getColumns().add(editable(Column.ORGAN, "Organ", 110, r -> null));
        getColumns().add(editable(Column.CONSTRAINT, "Constraint", 110, r -> null));
        getColumns().add(editable(Column.SOURCE, "Source", 84, r -> null));
        getColumns().add(editable(Column.DOSE_3D, "3D", 94, RowResult::meets3d));
        getColumns().add(editable(Column.DOSE_IMRT, "IMRT", 94, RowResult::meetsImrt));

        TableColumn<RowResult, RowResult> computed = new TableColumn<>("Only IMRT");
        computed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        computed.setCellFactory(c -> new ComputedAnswerCell());
        computed.setPrefWidth(84);
        computed.setMinWidth(82);
        computed.setEditable(false);
        getColumns().add(computed);
        getColumns().add(editable(Column.ANSWER, "Provider", 84, r -> null));

        TableColumn<RowResult, List<Flag>> flags = new TableColumn<>("Flags");
        flags.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().flags()));
        flags.setCellFactory(c -> new FlagsCell());
        flags.setPrefWidth(80);
        flags.setEditable(false);
        getColumns().add(flags);

        java.util.Set<TableColumn<RowResult, ?>> wrapping = new java.util.HashSet<>(getColumns());
        wrapping.remove(number);
        wrapping.remove(computed);
        wrapping.remove(flags);
        wrapping.removeIf(c -> "col-source".equals(c.getId()));
        org.imrtreview.ui.common.FitColumns.apply(this, wrapping);
        // the constrained policy runs when the table's width changes; a column's minimum raised after that
        // (FitColumns, as a case's rows arrive) could leave the columns short of the table's width: an empty
        // strip right of Flags at 1920 px (issue 13). After each layout the policy fills the width again.
        needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                javafx.application.Platform.runLater(this::fillWidth);
            }
        });

        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RowResult item, boolean empty) {
                super.updateItem(item, empty);
                KeptNodes.toggle(this, "row-supports", !empty && item != null && item.supports());
            }
        });
    }

    /** Runs the column resize policy again when the columns no longer end at the table's right edge. */
    private void fillWidth() {
        double columns = getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        double bar = 0;
        for (javafx.scene.Node n : lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar s && s.getOrientation() == javafx.geometry.Orientation.VERTICAL
                    && s.isVisible()) {
                bar = s.getWidth();
            }
        }
        double inner = getWidth() - snappedLeftInset() - snappedRightInset() - bar;
        double minimums = getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        // short of the edge, or past it (under the scroll bar) while the minimums would fit: a window shrunk
        // from 1920 to 1366 px left Flags 6-8 px past the edge of sample 10's table (issue 13)
        if (getWidth() > 0 && (inner - columns > 1 || columns - inner > 1 && minimums <= inner)) {
            getColumnResizePolicy().call(new ResizeFeatures<>(this, null, 0.0));
        }
    }

    private TableColumn<RowResult, RowResult> editable(Column column, String title, double width,
                                                       Function<RowResult, Boolean> verdict) {
        TableColumn<RowResult, RowResult> col = new TableColumn<>(title);
        col.setId("col-" + column.missingWord());
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new EditableCell(column, verdict));
        col.setPrefWidth(width);
        if (column == Column.DOSE_3D || column == Column.DOSE_IMRT) {
            col.setMinWidth(74);
        }
        col.setEditable(true);
        return col;
    }

    /** A submitted cell: text, optional ✓/✗, "edited" mark; F2, Enter or double-click edits. */
    private final class EditableCell extends TableCell<RowResult, RowResult> {
        private final Column column;
        private final Function<RowResult, Boolean> verdict;
        private final ReusedTooltip tooltip = new ReusedTooltip(t -> {
            t.setShowDelay(Duration.millis(250));
            t.setWrapText(true);
            t.setMaxWidth(420);
        });
        private TextField field;
        private HBox graphic;
        private Label mark;
        private FontIcon pencil;

        EditableCell(Column column, Function<RowResult, Boolean> verdict) {
            this.column = column;
            this.verdict = verdict;
            setContentDisplay(ContentDisplay.LEFT);
            getStyleClass().add("summary-cell");
            // an organ, a constraint, "✗ 14.2% → 24.2% (DVH)" or the provider's answer wraps, never cut (issue 13)
            setWrapText(true);
        }

        /** The row asks its cells for a height without a width; a wrapping cell answers for its column's width. */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
        }

        @Override
        protected void updateItem(RowResult item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || isEditing()) {
                KeptNodes.toggle(this, "edited", false);
                KeptNodes.toggle(this, "cell-missing", false);
                setTooltip(null);
                if (empty || item == null) { // while editing, the field stays the graphic
                    setText(null);
                    setGraphic(null);
                }
                return;
            }
            String text = item.row().cell(column);
            boolean blank = text == null || text.isBlank();
            // typed "<=" / ">=" read as the signs a person writes (the edit field keeps the text as typed)
            String shown = column == Column.CONSTRAINT && !blank ? text.replace("<=", "\u2264").replace(">=", "\u2265") : text;
            setText(blank ? "—" : shown + dvhOverride(item, column));
            KeptNodes.toggle(this, "cell-missing", blank);
            Boolean meets = verdict.apply(item);
            boolean edited = vm.isEdited(item.row().number(), column);
            KeptNodes.toggle(this, "edited", edited);
            // the graphic, its ✓/✗ mark and the pencil are made once and kept (decision 0620)
            List<javafx.scene.Node> marks = new java.util.ArrayList<>(2);
            if (meets != null || column == Column.DOSE_3D || column == Column.DOSE_IMRT) {
                if (mark == null) {
                    mark = verdictMark(meets);
                } else {
                    showVerdict(mark, meets);
                }
                marks.add(mark);
            }
            if (edited) {
                if (pencil == null) {
                    pencil = new FontIcon(MaterialDesignP.PENCIL);
                    pencil.getStyleClass().add("edited-icon");
                }
                marks.add(pencil);
            }
            if (marks.isEmpty()) {
                setGraphic(null);
            } else {
                if (graphic == null) {
                    graphic = new HBox(2);
                    graphic.setAlignment(Pos.CENTER_LEFT);
                }
                KeptNodes.children(graphic.getChildren(), marks);
                setGraphic(graphic);
            }
            String tip = tooltipFor(item, meets, edited);
            setTooltip(tip == null ? null : tooltip.with(tip));
        }

        private String tooltipFor(RowResult item, Boolean meets, boolean edited) {
            StringBuilder sb = new StringBuilder();
            String cellText = item.row().cell(column);
            if (cellText != null && !cellText.isBlank()) {
                sb.append(cellText);
            }
            vm.ocrReading(item.row().number(), column).ifPresent(o -> {
                sb.append(String.format(java.util.Locale.ROOT,
                        "%nRead by OCR from %s (confidence %.0f %%): check it against the page (its picture is under the"
                                + " table); F2 then Enter confirms it", o.where(), o.confidence() * 100));
                vm.ocrDoubt(item.row().number(), column).ifPresent(why -> sb.append("\nDoubted: ").append(why));
            });
            if (column == Column.CONSTRAINT && !item.limits().isEmpty()) {
                sb.append("\nRead as ").append(item.readAs());
            }
            if (column == Column.DOSE_3D || column == Column.DOSE_IMRT) {
                sb.append('\n');
                boolean threeD = column == Column.DOSE_3D;
                Double used = threeD ? item.dose3d() : item.doseImrt();
                Double dvh = threeD ? item.dvh3d() : item.dvhImrt();
                String plan = threeD ? "3D plan" : "IMRT plan";
                if (meets == null) {
                    sb.append(plan).append(": no verdict (value missing or unreadable)");
                } else {
                    sb.append(plan).append(meets ? " meets" : " does not meet").append(" the constraint");
                    if (used != null && item.constraint() != null && item.constraint().limit() != null) {
                        sb.append(" (").append(org.imrtreview.model.Metric.number(round(used))).append(' ')
                                .append(item.constraint().limit().unit().symbol()).append(" used)");
                    }
                }
                if (dvh != null) {
                    sb.append("\nValue from the submitted DVH data: ").append(org.imrtreview.model.Metric.number(round(dvh)));
                }
            }
            if (edited) {
                String original = vm.submittedText(item.row().number(), column);
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append("Corrected by the nurse; submitted as \"").append(original == null ? "" : original).append('"');
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            field = new TextField(getItem().row().cell(column));
            field.setOnAction(e -> commitText(field.getText()));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is && isEditing()) {
                    commitText(field.getText());
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        private void commitText(String text) {
            RowResult item = getItem();
            if (item == null) {
                return;
            }
            int rowNumber = item.row().number();
            // leave edit mode before the view-model replaces the rows (which re-renders this cell)
            super.cancelEdit();
            vm.editCell(rowNumber, column, text);
            updateItem(getItem(), getItem() == null);
            getTableView().requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), getItem() == null);
        }
    }

    /**
     * " → 24.2%" when the verdict used a value from submitted DVH data instead of the table's
     * (SPEC §4: the data outrank the table), so the nurse sees which number decided.
     */
    private static String dvhOverride(RowResult item, Column column) {
        if (column != Column.DOSE_3D && column != Column.DOSE_IMRT) {
            return "";
        }
        boolean threeD = column == Column.DOSE_3D;
        Double dvh = threeD ? item.dvh3d() : item.dvhImrt();
        Double used = threeD ? item.dose3d() : item.doseImrt();
        org.imrtreview.model.CellValue table = threeD ? item.table3d() : item.tableImrt();
        if (dvh == null || used == null || table == null || table.quantity() == null
                || Math.abs(used - table.quantity().value()) < 1e-9 || item.constraint() == null
                || item.constraint().limit() == null) {
            return "";
        }
        String unit = item.constraint().limit().unit().symbol();
        return " → " + org.imrtreview.model.Metric.number(round(used)) + (unit.equals("%") ? "%" : " " + unit) + " (DVH)";
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static final List<String> VERDICTS = List.of("verdict-unknown", "verdict-pass", "verdict-fail");

    static Label verdictMark(Boolean meets) {
        Label mark = new Label();
        mark.getStyleClass().add("verdict");
        showVerdict(mark, meets);
        return mark;
    }

    /** A ✓/✗/? mark shows {@code meets}; only what differs is changed. */
    static void showVerdict(Label mark, Boolean meets) {
        mark.setText(meets == null ? "?" : meets ? "✓" : "✗");
        KeptNodes.choose(mark, meets == null ? "verdict-unknown" : meets ? "verdict-pass" : "verdict-fail", VERDICTS);
    }

    private static final class ComputedAnswerCell extends TableCell<RowResult, RowResult> {
        private final ReusedTooltip tooltip = new ReusedTooltip();

        @Override
        protected void updateItem(RowResult item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                KeptNodes.toggle(this, "supports", false);
                KeptNodes.toggle(this, "answer-mismatch", false);
                setTooltip(null);
                setText(null);
                return;
            }
            Boolean only = item.onlyImrtMeets();
            setText(only == null ? "—" : only ? "Yes" : "No");
            KeptNodes.toggle(this, "supports", item.supports());
            setTooltip(item.supports() ? tooltip.with("This row supports the request: only IMRT meets a published constraint.") : null);
            Answer provider = item.submittedAnswer();
            KeptNodes.toggle(this, "answer-mismatch", only != null && provider != null && (provider == Answer.YES) != only);
        }
    }

    /**
     * The row's flags as icons, each with its tooltip. The cell keeps its box and one icon holder per flag it has
     * shown and changes only their icon, classes, id and text (decision 0620): a reopen refills every cell, and
     * nodes made anew are styled anew.
     */
    private static final class FlagsCell extends TableCell<RowResult, List<Flag>> {
        private static final List<String> SEVERITIES = java.util.Arrays.stream(Icons.Severity.values())
                .map(Icons::styleClass).toList();
        private final HBox box = new HBox(3);
        private final List<Label> holders = new java.util.ArrayList<>();

        FlagsCell() {
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(List<Flag> flags, boolean empty) {
            super.updateItem(flags, empty);
            setText(null);
            if (empty || flags == null || flags.isEmpty()) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            while (holders.size() < flags.size()) {
                holders.add(holder());
            }
            for (int i = 0; i < flags.size(); i++) {
                show(holders.get(i), flags.get(i));
            }
            KeptNodes.children(box.getChildren(), holders.subList(0, flags.size()));
            setGraphic(box);
            // the cell is what keyboard focus reaches: a screen reader reads every flag's sentence
            setAccessibleText(String.join(" ", flags.stream().map(f -> org.imrtreview.logging.VisibleText.escape(f.message())).toList()));
        }

        private static Label holder() {
            FontIcon icon = new FontIcon();
            icon.getStyleClass().add("flag-icon");
            Label holder = new Label(null, icon);
            holder.getStyleClass().add("flag");
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(150));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            holder.setTooltip(tip);
            return holder;
        }

        private static void show(Label holder, Flag flag) {
            FontIcon icon = (FontIcon) holder.getGraphic();
            if (icon.getIconCode() != Icons.flagIcon(flag.code())) {
                icon.setIconCode(Icons.flagIcon(flag.code()));
            }
            KeptNodes.choose(icon, Icons.styleClass(Icons.severity(flag.code(), flag.blocksSupport())), SEVERITIES);
            holder.setId("flag-" + flag.code().name());
            String message = org.imrtreview.logging.VisibleText.escape(flag.message());
            holder.getTooltip().setText(message);
            holder.setAccessibleText(message);
        }
    }
}
