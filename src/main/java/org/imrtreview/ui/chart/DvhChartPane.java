package org.imrtreview.ui.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.chart.DvhOverlayChart;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overlaid 3D-vs-IMRT DVH chart for the case-review screen: JFreeChart-FX {@link ChartViewer}
 * (mouse-drag zoom, tooltips with dose and volume), one check box per organ to show or hide its curves,
 * and PNG/SVG export. The chart model and datasets are computed on a background thread; only the
 * finished chart is handed to the FX thread. Embed it anywhere and call {@link #show}.
 */
public final class DvhChartPane extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(DvhChartPane.class);
    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dvh-chart");
        t.setDaemon(true);
        return t;
    });

    private final Executor background;
    private final ChartViewer viewer = new ChartViewer(null);
    private final VBox organToggles = new VBox(6);
    private final Label placeholder = new Label("No DVH data export in this case: the overlay needs the planning "
            + "system's DVH files (Eclipse, RayStation, Monaco or CSV).");
    private final Map<String, List<Integer>> seriesOfOrgan = new LinkedHashMap<>();
    private final ToolBar toolbar = new ToolBar();
    static final double LEGEND_MIN_WIDTH = 900;
    private JFreeChart chart;
    /** Whether the pane is where she can see it; the chart is handed to the viewer (drawn) only then (0566). */
    private javafx.beans.value.ObservableBooleanValue shown = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.value.ChangeListener<Boolean> onShown = (o, was, now) -> drawIfShown();
    private static final java.util.concurrent.atomic.LongAdder HANDED_TO_VIEWER = new java.util.concurrent.atomic.LongAdder();
    private Range initialDose;
    private Range initialVolume;

    public DvhChartPane() {
        this(BACKGROUND);
    }

    /** @param background where the datasets are computed (tests pass a direct executor) */
    public DvhChartPane(Executor background) {
        this.background = background;
        getStyleClass().add("dvh-chart-pane");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        organToggles.setPadding(new Insets(8));
        Button png = new Button("Export PNG…");
        png.setOnAction(e -> export("png"));
        Button svg = new Button("Export SVG…");
        svg.setOnAction(e -> export("svg"));
        Button reset = new Button("Reset zoom");
        reset.setOnAction(e -> resetZoom());
        Tooltip.install(reset, new Tooltip("Drag on the chart to zoom; this returns to the whole curve."));
        toolbar.getItems().addAll(reset, png, svg);
        setTop(toolbar);
        viewer.widthProperty().addListener((o, a, w) -> fitLegend(w.doubleValue()));
        ScrollPane toggles = new ScrollPane(organToggles);
        toggles.setFitToWidth(true);
        toggles.setPrefViewportWidth(190);
        setLeft(toggles);
        setCenter(new StackPane(placeholder));
    }

    /**
     * Computes the chart for a case off the FX thread and shows it. {@code evaluation} (may be null)
     * supplies the parsed constraints drawn as markers. Completes on the FX thread once shown.
     */
    public CompletableFuture<Void> show(ReviewCase reviewCase, Evaluation evaluation) {
        return show(reviewCase, evaluation, Map.of(), Map.of());
    }

    /** As {@link #show(ReviewCase, Evaluation)}, with the reviewer's structure and plan-role choices. */
    public CompletableFuture<Void> show(ReviewCase reviewCase, Evaluation evaluation, Map<String, String> structureForOrgan,
                                        Map<String, org.imrtreview.model.PlanKind> planRoles) {
        return CompletableFuture.supplyAsync(() -> {
            DvhChartModel model = DvhChartModel.of(reviewCase, evaluation, structureForOrgan, planRoles);
            return new Prepared(model, model.isEmpty() ? null : DvhOverlayChart.create(model,
                    DvhOverlayChart.title(model.organs())));
        }, background).thenCompose(prepared -> {
            CompletableFuture<Void> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    display(prepared);
                    shown.complete(null);
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                }
            });
            return shown;
        }).whenComplete((ok, error) -> {
            if (error != null) {
                LOG.warn("DVH chart could not be prepared: {}", error.toString());
            }
        });
    }

    private record Prepared(DvhChartModel model, JFreeChart chart) { }

    private void display(Prepared prepared) {
        organToggles.getChildren().clear();
        seriesOfOrgan.clear();
        chart = prepared.chart();
        if (chart == null) {
            setCenter(new StackPane(placeholder));
            return;
        }
        XYPlot plot = chart.getXYPlot();
        initialDose = plot.getDomainAxis().getRange();
        initialVolume = plot.getRangeAxis().getRange();
        Map<String, Color> colours = DvhOverlayChart.organColours(prepared.model());
        int index = 0;
        for (DvhChartModel.OrganCurves organ : prepared.model().organs()) {
            List<Integer> series = new ArrayList<>();
            for (DvhCurve ignored : organ.curves()) {
                series.add(index++);
            }
            seriesOfOrgan.put(organ.organ(), series);
            Color c = colours.get(organ.organ());
            Rectangle swatch = new Rectangle(14, 14, javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            CheckBox box = new CheckBox(organ.organ());
            box.setGraphic(swatch);
            box.setSelected(true);
            box.setId("organ-" + organ.organ());
            // a long organ ("Parotid (contralateral)") wraps in the 190 px list instead of "Parotid (contralate…"
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.selectedProperty().addListener((obs, was, now) -> setOrganVisible(organ.organ(), now));
            organToggles.getChildren().add(box);
        }
        // the legend is fitted before the chart is given to the viewer, which draws it: fitted after, the
        // chart was drawn twice on every case opened (decision 0296)
        setCenter(viewer);
        // behind another tab the viewer keeps the last chart it drew (it takes no null) until the tab is chosen
        drawIfShown();
    }

    /**
     * Draws the chart only while {@code shown} is true (the window: its tab is the one chosen): a case's chart
     * behind another tab is handed to the viewer, and so drawn, when she chooses the tab, not on every case
     * opened (decision 0566). Without a call the pane draws at once, as it always did.
     */
    public void drawOnlyWhile(javafx.beans.value.ObservableBooleanValue shown) {
        this.shown.removeListener(onShown);
        this.shown = shown;
        shown.addListener(onShown);
        drawIfShown();
    }

    private void drawIfShown() {
        if (chart != null && shown.get() && viewer.getChart() != chart) {
            fitLegend(viewer.getWidth());
            viewer.setChart(chart);
            HANDED_TO_VIEWER.increment();
        }
    }

    /** How many charts this program handed to a viewer to draw (tests count a case's drawing by it). */
    public static long chartsDrawn() {
        return HANDED_TO_VIEWER.sum();
    }

    /**
     * The chart's own legend (one line per curve) needs room: below {@value #LEGEND_MIN_WIDTH} px, or when its
     * longest line would leave the plot less than {@value #PLOT_SHARE} of the width, it would squeeze the plot
     * (sample 02's digitised curves' names at 1920 px left a 250 px plot whose constraint labels ran off it),
     * so it is hidden; the organ check boxes beside the chart carry the colours and the title says which plan
     * is dashed. Exported PNG/SVG always have the legend.
     */
    private void fitLegend(double width) {
        if (chart != null && chart.getLegend() != null) {
            chart.getLegend().setVisible(width <= 0 || width >= LEGEND_MIN_WIDTH && width - legendWidth() >= width * PLOT_SHARE);
        }
    }

    /** The plot's least share of the chart's width beside the legend. */
    static final double PLOT_SHARE = 0.6;

    /** The width of the legend's longest line (its swatch and padding included), in pixels. */
    private double legendWidth() {
        var dataset = chart.getXYPlot().getDataset();
        java.awt.Font font = chart.getLegend().getItemFont();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double widest = 0;
        for (int i = 0; dataset != null && i < dataset.getSeriesCount(); i++) {
            widest = Math.max(widest, font.getStringBounds(String.valueOf(dataset.getSeriesKey(i)), frc).getWidth());
        }
        return widest + 40;
    }

    /** Shows or hides one organ's curves (both plans). */
    public void setOrganVisible(String organ, boolean visible) {
        if (chart == null || !seriesOfOrgan.containsKey(organ)) {
            return;
        }
        XYItemRenderer renderer = chart.getXYPlot().getRenderer();
        for (int series : seriesOfOrgan.get(organ)) {
            renderer.setSeriesVisible(series, visible);
        }
    }

    public boolean isOrganVisible(String organ) {
        if (chart == null || !seriesOfOrgan.containsKey(organ)) {
            return false;
        }
        Boolean v = chart.getXYPlot().getRenderer().getSeriesVisible(seriesOfOrgan.get(organ).get(0));
        return v == null || v;
    }

    /** The organs shown, in legend order. */
    public List<String> organs() {
        return List.copyOf(seriesOfOrgan.keySet());
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The chart's tool bar, for the case screen to add its own controls. */
    public ToolBar toolbar() {
        return toolbar;
    }

    public void resetZoom() {
        if (chart != null) {
            chart.getXYPlot().getDomainAxis().setRange(initialDose);
            chart.getXYPlot().getRangeAxis().setRange(initialVolume);
        }
    }

    public void exportPng(Path file, int width, int height) throws IOException {
        withLegend(() -> DvhOverlayChart.writePng(chart, file, width, height));
    }

    public void exportSvg(Path file, int width, int height) throws IOException {
        withLegend(() -> DvhOverlayChart.writeSvg(chart, file, width, height));
    }

    private interface Export {
        void write() throws IOException;
    }

    /** An exported chart always carries its legend, whatever the width of the pane. */
    private void withLegend(Export export) throws IOException {
        boolean shown = chart == null || chart.getLegend() == null || chart.getLegend().isVisible();
        if (!shown) {
            chart.getLegend().setVisible(true);
        }
        try {
            export.write();
        } finally {
            if (!shown) {
                chart.getLegend().setVisible(false);
            }
        }
    }

    /** Where exports are offered by default: the workspace's outbox, never a case folder (decision 0144). */
    public void setExportFolder(java.util.function.Supplier<java.nio.file.Path> folder) {
        this.exportFolder = folder;
    }

    private java.util.function.Supplier<java.nio.file.Path> exportFolder = () -> null;

    private void export(String type) {
        if (chart == null || getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        java.nio.file.Path folder = exportFolder.get();
        if (folder != null) {
            try {
                java.nio.file.Files.createDirectories(folder);
                chooser.setInitialDirectory(folder.toFile());
            } catch (IOException | RuntimeException e) {
                LOG.info("outbox not available for the export: {}", e.getClass().getSimpleName());
            }
        }
        chooser.setTitle(type.equals("png") ? "Export chart as PNG" : "Export chart as SVG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.toUpperCase() + " image", "*." + type));
        chooser.setInitialFileName("dvh-comparison." + type);
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (type.equals("png")) {
                exportPng(file.toPath(), 1400, 850);
            } else {
                exportSvg(file.toPath(), 1400, 850);
            }
        } catch (IOException e) {
            LOG.warn("chart export failed: {}", e.getClass().getSimpleName());
            placeholder.setText("The chart could not be saved: " + e.getMessage());
        }
    }
}
