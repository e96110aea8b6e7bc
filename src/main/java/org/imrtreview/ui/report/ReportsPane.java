package org.imrtreview.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.imrtreview.review.DepartmentReport;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * Tools ▸ Reports: the department report of the open workspace (the same figures as the
 * {@code report} command) for a period: per urgency and line of business a bar of the cases decided
 * in time, decided late and overdue now, and the figures in words below. Read off the FX thread.
 */
public final class ReportsPane extends BorderPane {
    private final Supplier<Path> workspace;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label status = new Label();
    private final CategoryAxis groups = new CategoryAxis();
    private final NumberAxis counts = new NumberAxis();
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(groups, counts);
    private final TextArea text = new TextArea();
    private final org.imrtreview.store.db.TeamStore team;
    private DepartmentReport shown;

    public ReportsPane(Supplier<Path> workspace, TaskExecutor tasks, Clock clock) {
        this(workspace, tasks, clock, null);
    }

    /**
     * With a team store ({@code team} not null) the figures are the store's cases and the decisions saved
     * there (what {@code report --db} counts), not the workspace's files, which on a store are not written.
     */
    public ReportsPane(Supplier<Path> workspace, TaskExecutor tasks, Clock clock, org.imrtreview.store.db.TeamStore team) {
        this.team = team;
        this.workspace = workspace;
        this.tasks = tasks;
        this.clock = clock;
        setId("reportsPane");
        getStyleClass().add("reports-pane");
        from.setId("reportFrom");
        to.setId("reportTo");
        from.setPromptText("from (received)");
        to.setPromptText("to (received)");
        Button refresh = new Button("Refresh");
        refresh.setId("reportRefresh");
        refresh.setDefaultButton(true);
        refresh.setOnAction(e -> refresh());
        HBox bar = new HBox(8, new Label("Requests received"), from, new Label("to"), to, refresh, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        status.getStyleClass().add("text-muted");
        chart.setId("turnaroundChart");
        chart.setTitle("Turnaround: decided within the deadline, late, and overdue now");
        chart.setAnimated(false);
        chart.getYAxis().setLabel("cases");
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : ""; // whole cases only
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        chart.setPrefHeight(320);
        text.setId("reportText");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefRowCount(14);
        setTop(bar);
        setCenter(new VBox(8, chart, text));
        refresh();
    }

    /** Reads the workspace again for the chosen period. */
    public void refresh() {
        Path folder = workspace.get();
        if (folder == null && team == null) {
            status.setText("Open a workspace first (File ▸ Open workspace).");
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            status.setText("The period ends before it starts.");
            return;
        }
        if (team != null) {
            status.setText("Reading the team store…");
            tasks.execute("Preparing the report", () -> DepartmentReport.of(DepartmentReport.read(team), start, end,
                    clock.instant()), this::show, err -> status.setText("The team store could not be read: "
                    + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage())));
            return;
        }
        status.setText("Reading the workspace…");
        tasks.execute("Preparing the report", () -> DepartmentReport.of(DepartmentReport.read(folder), start, end,
                clock.instant()), this::show, err -> status.setText("The workspace could not be read ("
                + err.getClass().getSimpleName() + ")."));
    }

    private void show(DepartmentReport r) {
        shown = r;
        XYChart.Series<String, Number> inTime = new XYChart.Series<>();
        inTime.setName("Decided in time");
        XYChart.Series<String, Number> late = new XYChart.Series<>();
        late.setName("Decided late");
        XYChart.Series<String, Number> overdue = new XYChart.Series<>();
        overdue.setName("Overdue now");
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName("Open, not yet due");
        for (DepartmentReport.TurnaroundRow t : r.turnaround()) {
            String g = DepartmentReport.urgency(t.urgency()) + " · " + DepartmentReport.line(t.line());
            inTime.getData().add(new XYChart.Data<>(g, t.inTime()));
            late.getData().add(new XYChart.Data<>(g, t.late()));
            overdue.getData().add(new XYChart.Data<>(g, t.overdueNow()));
            open.getData().add(new XYChart.Data<>(g, t.open() - t.overdueNow()));
        }
        chart.getData().setAll(inTime, late, overdue, open);
        text.setText(r.text());
        status.setText(r.cases() + (r.cases() == 1 ? " case" : " cases") + (team == null ? "" : " in the team store")
                + (!r.fromTrail() ? "" : r.trailDisagrees() == 0 ? "; decisions from its audit trail"
                : "; decisions from its audit trail — the saved work of " + r.trailDisagrees()
                + (r.trailDisagrees() == 1 ? " case disagrees" : " cases disagree") + " with it: tell the lead"));
    }

    /** The report on screen (tests). */
    public DepartmentReport shown() {
        return shown;
    }
}
