package org.imrtreview.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The 3D-vs-IMRT overlay: one colour per organ, 3D dashed and IMRT solid (the convention of published
 * comparison figures), each table constraint drawn at its limit in the organ's colour — a vertical line
 * for a dose limit, a horizontal line (and a point at the metric's dose) for a volume limit — with a
 * legend and dose/volume tooltips. Used by the window ({@link DvhChartPane}) and headless by the
 * {@code chart} command, so both draw the same picture.
 */
public final class DvhOverlayChart {

    /** Colour-blind-safe (Okabe–Ito) first, then further distinct hues. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
        new Color(0x56B4E9), new Color(0x8C564B), new Color(0x7F3C8D), new Color(0x3969AC), new Color(0xE73F74),
        new Color(0x11A579), new Color(0x80BA5A)
    };
    private static final Stroke DIGITISED = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DIGITISED_DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);
    private static final Stroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {9f, 6f}, 0f);
    private static final Stroke MARKER = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);

    private DvhOverlayChart() {
    }

    public static JFreeChart create(DvhChartModel model, String title) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new TipWhenAsked();
        // One path per series, so the dash pattern runs along the curve instead of restarting at every point.
        renderer.setDrawSeriesLineAsPath(true);
        Map<String, Color> colours = colours(model);
        // Dashes mark the 3D plan only where both plans are drawn; a single-plan chart is all solid.
        boolean comparison = model.organs().stream().flatMap(o -> o.curves().stream())
                .map(DvhCurve::plan).distinct().filter(p -> p == PlanKind.THREE_D || p == PlanKind.IMRT).count() == 2;
        int index = 0;
        for (DvhChartModel.OrganCurves organ : model.organs()) {
            for (DvhCurve c : organ.curves()) {
                XYSeries s = new XYSeries(seriesName(organ.organ(), c), false, true);
                for (int i = 0; i < c.size(); i++) {
                    s.add(c.doseAt(i), c.volumeAt(i));
                }
                dataset.addSeries(s);
                Color organColour = colours.get(organ.organ());
                if (c.digitised()) {
                    // traced from a picture: thinner and half transparent, so it reads as secondary evidence
                    renderer.setSeriesPaint(index, new Color(organColour.getRed(), organColour.getGreen(),
                            organColour.getBlue(), 140));
                    renderer.setSeriesStroke(index, comparison && c.plan() == PlanKind.THREE_D ? DIGITISED_DASHED : DIGITISED);
                } else {
                    renderer.setSeriesPaint(index, organColour);
                    renderer.setSeriesStroke(index, comparison && c.plan() == PlanKind.THREE_D ? DASHED : SOLID);
                }
                index++;
            }
        }
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} Gy, {2} %",
                new java.text.DecimalFormat("0.0#"), new java.text.DecimalFormat("0.0#")));
        NumberAxis dose = new NumberAxis("Dose (Gy)");
        NumberAxis volume = new NumberAxis("Volume (%)");
        volume.setRange(0, 102);
        dose.setRange(0, Math.ceil(model.maxDoseGy() * 1.05 / 5) * 5);
        XYPlot plot = new XYPlot(dataset, dose, volume, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        addMarkers(plot, model, colours);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return chart;
    }

    /** "Rectum — 3D (3D CRT 4FLD)": organ, role, plan name as the planner wrote it. */
    static String seriesName(String organ, DvhCurve c) {
        String role = c.plan() == null ? "plan ?" : c.plan().label();
        String structure = c.structure().equalsIgnoreCase(organ) ? "" : " [" + c.structure() + "]";
        if (c.digitised()) {
            // the plan name of a digitised curve is "<file> (digitised <colour> <style>)": keep the
            // file and colour so two images' curves stay apart, and say it was digitised
            return organ + structure + " — " + role + (c.planName() == null || c.planName().isBlank() ? ""
                    : " [" + c.planName().replace(" (digitised ", " ").replace(")", "") + "]") + " (digitised)";
        }
        return organ + structure + " — " + role + (c.planName() == null || c.planName().isBlank() ? ""
                : " (" + c.planName() + ")");
    }

    static Map<String, Color> colours(DvhChartModel model) {
        Map<String, Color> colours = new LinkedHashMap<>();
        int i = 0;
        for (DvhChartModel.OrganCurves o : model.organs()) {
            colours.put(o.organ(), PALETTE[i++ % PALETTE.length]);
        }
        return colours;
    }

    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    /**
     * The narrowest plot area a dose label is laid out for: the window's overlay at 1366 px is ~570 px wide;
     * a wider picture (1920 px, the chart command's 1400 px) only has more room between the labels.
     */
    static final double NARROWEST_PLOT_PX = 480;

    private static void addMarkers(XYPlot plot, DvhChartModel model, Map<String, Color> colours) {
        // Labels of markers at (nearly) the same place are staggered so they stay readable.
        java.util.List<Double> volumeLabels = new java.util.ArrayList<>();
        double doseRange = Math.max(1, model.maxDoseGy());
        double axisEnd = Math.max(1, Math.ceil(model.maxDoseGy() * 1.05 / 5) * 5);
        List<DvhChartModel.ConstraintMarker> doseMarkers = model.markers().stream().filter(m -> m.doseGy() != null).toList();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double[] at = doseMarkers.stream().mapToDouble(DvhChartModel.ConstraintMarker::doseGy).toArray();
        // each label's width in Gy on the narrowest plot, with the 4 px offset from its line and a 6 px gap
        double[] width = doseMarkers.stream().mapToDouble(m -> (MARKER_FONT.getStringBounds(
                m.label() == null ? "" : m.label(), frc).getWidth() + 10) * axisEnd / NARROWEST_PLOT_PX).toArray();
        List<LabelPlace> places = placeDoseLabels(at, width, axisEnd);
        int doseIndex = 0;
        for (DvhChartModel.ConstraintMarker m : model.markers()) {
            Color colour = colours.getOrDefault(m.organ(), Color.DARK_GRAY);
            ValueMarker line;
            if (m.doseGy() != null) {
                // each label on the side of its line where it fits, in the first row where it covers no other
                // (issue 13 item 3: "Parotid (contralateral) Dmean < 26 Gy" ran under Larynx's label at 1366 px)
                LabelPlace place = places.get(doseIndex++);
                line = new ValueMarker(m.doseGy(), colour, MARKER);
                if (!place.right()) {
                    line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                } else {
                    line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                    line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                }
                line.setLabelOffset(new RectangleInsets(4 + 16 * place.row(), 4, 4, 4));
                plot.addDomainMarker(line);
                if (m.volumePercent() != null) {
                    point(plot, m.doseGy(), m.volumePercent(), doseRange, colour);
                }
            } else {
                int crowd = crowd(volumeLabels, m.volumePercent(), 4);
                line = new ValueMarker(m.volumePercent(), colour, MARKER);
                line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                line.setLabelOffset(new RectangleInsets(2, 4, 2, 4 + 190 * crowd));
                plot.addRangeMarker(line);
                if (m.atDoseGy() != null) {
                    point(plot, m.atDoseGy(), m.volumePercent(), doseRange, colour);
                }
            }
            line.setLabel(m.label());
            line.setLabelFont(MARKER_FONT);
            line.setLabelPaint(colour.darker());
            line.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        }
    }

    private static void point(XYPlot plot, double gy, double percent, double doseRange, Color colour) {
        double rx = doseRange * 0.005;
        double ry = 0.9;
        plot.addAnnotation(new XYShapeAnnotation(new java.awt.geom.Ellipse2D.Double(gy - rx, percent - ry, 2 * rx, 2 * ry),
                new BasicStroke(1.5f), colour.darker(), colour));
    }

    /** Where a dose line's label goes: right of the line (else left) and in which row from the top. */
    record LabelPlace(boolean right, int row) {
    }

    /**
     * Places the labels of vertical lines at {@code at} (Gy), each {@code width} Gy wide: on the right of its line
     * when it ends inside the axis ({@code axisEnd}), else on the left when it fits there, else on the side with
     * more room; then in the first row (from the top) where it overlaps no label already placed.
     */
    static List<LabelPlace> placeDoseLabels(double[] at, double[] width, double axisEnd) {
        List<LabelPlace> out = new java.util.ArrayList<>();
        List<List<double[]>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            boolean right = at[i] + width[i] <= axisEnd || at[i] - width[i] < 0 && axisEnd - at[i] >= at[i];
            double from = right ? at[i] : at[i] - width[i];
            double to = right ? at[i] + width[i] : at[i];
            int row = 0;
            while (row < rows.size() && overlaps(rows.get(row), from, to)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new java.util.ArrayList<>());
            }
            rows.get(row).add(new double[] {from, to});
            out.add(new LabelPlace(right, row));
        }
        return out;
    }

    private static boolean overlaps(List<double[]> row, double from, double to) {
        return row.stream().anyMatch(r -> from < r[1] && r[0] < to);
    }

    /** How many earlier labels sit within {@code near} of this position (then records it). */
    private static int crowd(java.util.List<Double> seen, double at, double near) {
        int n = (int) seen.stream().filter(v -> Math.abs(v - at) < near).count();
        seen.add(at);
        return n;
    }

    /** The organs in legend order with their colours (for the window's organ toggles). */
    public static Map<String, Color> organColours(DvhChartModel model) {
        return colours(model);
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height);
        // marked as ours: never read back as the submission's DVH image (decision 0400)
        OwnPictures.writePng(image, file, "DVH overlay chart");
    }

    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        org.w3c.dom.Document document;
        try {
            document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("no XML document builder for the SVG export", e);
        }
        org.apache.batik.svggen.SVGGraphics2D g2 = new org.apache.batik.svggen.SVGGraphics2D(document);
        g2.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g2, new Rectangle(width, height));
        try (java.io.Writer w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            g2.stream(w, true);
        }
    }

    /**
     * Title for a case's chart: "DVH comparison — 3D (dashed) vs IMRT (solid), 4 organs" only when both
     * plans are drawn. When one plan's curves are missing (a combined picture whose 3D curves were not
     * assigned, an export of one plan) the title says so instead of promising dashed curves (issue 13).
     */
    public static String title(List<DvhChartModel.OrganCurves> organs) {
        java.util.Set<PlanKind> plans = java.util.EnumSet.noneOf(PlanKind.class);
        organs.forEach(o -> o.curves().forEach(c -> {
            if (c.plan() != null) {
                plans.add(c.plan());
            }
        }));
        String count = String.format(Locale.ROOT, ", %d organ%s", organs.size(), organs.size() == 1 ? "" : "s");
        boolean threeD = plans.contains(PlanKind.THREE_D);
        boolean imrt = plans.contains(PlanKind.IMRT);
        if (threeD && imrt) {
            return "DVH comparison \u2014 3D (dashed) vs IMRT (solid)" + count;
        }
        if (imrt) {
            return "IMRT plan only \u2014 no 3D-CRT curves exported or assigned" + count;
        }
        if (threeD) {
            return "3D-CRT plan only \u2014 no IMRT curves exported or assigned" + count;
        }
        return "DVH curves, plan not known" + count;
    }

    /**
     * The overlay's renderer: lines only, and each point's tooltip ("PTV: 12.5 Gy, 98.0 %") made when the
     * chart asks for it (the pointer rests on the point), not for every point of every curve at every draw.
     * Formatting a tooltip per point was a fifth of drawing the chart in the window, done again on each case
     * shown and each resize (decision 0391). The text is the generator's, as before.
     */
    static final class TipWhenAsked extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private static final java.util.concurrent.atomic.AtomicLong TIPS = new java.util.concurrent.atomic.AtomicLong();

        TipWhenAsked() {
            super(true, false);
        }

        /** Tooltip texts made since the program started (tests count them). */
        static long tipsMade() {
            return TIPS.get();
        }

        /** As {@code AbstractXYItemRenderer.addEntity} (JFreeChart 1.5), the tooltip left to be made when asked. */
        @Override
        protected void addEntity(org.jfree.chart.entity.EntityCollection entities, java.awt.Shape hotspot,
                                 org.jfree.data.xy.XYDataset dataset, int series, int item, double entityX, double entityY) {
            if (!getItemCreateEntity(series, item)) {
                return;
            }
            java.awt.Shape area = hotspot;
            if (area == null) {
                double r = getDefaultEntityRadius();
                double w = r * 2;
                area = new java.awt.geom.Ellipse2D.Double(entityX - r, entityY - r, w, w);
            }
            String url = getURLGenerator() == null ? null : getURLGenerator().generateURL(dataset, series, item);
            entities.add(new Point(area, dataset, series, item, getToolTipGenerator(series, item), url));
        }

        /** A point of a curve whose tooltip text is made the first time it is asked for. */
        static final class Point extends org.jfree.chart.entity.XYItemEntity {
            private static final long serialVersionUID = 1L;
            private final transient org.jfree.chart.labels.XYToolTipGenerator tips;
            private transient boolean made;

            Point(java.awt.Shape area, org.jfree.data.xy.XYDataset dataset, int series, int item,
                  org.jfree.chart.labels.XYToolTipGenerator tips, String url) {
                super(area, dataset, series, item, null, url);
                this.tips = tips;
            }

            @Override
            public String getToolTipText() {
                if (!made) {
                    made = true;
                    if (tips != null) {
                        TIPS.incrementAndGet();
                        setToolTipText(tips.generateToolTip(getDataset(), getSeriesIndex(), getItem()));
                    }
                }
                return super.getToolTipText();
            }

            @Override
            public void setToolTipText(String text) {
                made = true;
                super.setToolTipText(text);
            }
        }
    }
}
