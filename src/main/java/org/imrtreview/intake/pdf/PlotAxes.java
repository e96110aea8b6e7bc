package org.imrtreview.intake.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * Redraws a vector plot's dose and volume axes over its render, where the PDF says they are
 * (decision 0096). Curves are often drawn after the axes: a curve ending at 0 % runs along the dose
 * axis and hides it, and the image digitiser, which finds the frame from unbroken axis lines, would
 * then take a grid line for the frame's edge. The axes are the lowest long horizontal rule and the
 * leftmost long vertical rule of the region, meeting in a corner; a chart without axis lines gets
 * them where its tick labels are.
 */
final class PlotAxes {
    private static final double MIN_SHARE = 0.4;
    private static final double CORNER = 6;
    /** Points of line width an axis placed from tick labels covers (a 2-pt plot line and the label's offset). */
    private static final double TAIL_COVER = 2.5;

    private PlotAxes() {
    }

    static void redraw(FigureRaster raster, List<Ruling> rulings, List<TextLine> lines, double[] region) {
        if (!redrawRules(raster, rulings, region)) {
            redrawFromTickLabels(raster, lines, region);
        }
    }

    private static boolean redrawRules(FigureRaster raster, List<Ruling> rulings, double[] region) {
        Ruling bottom = null;
        Ruling left = null;
        for (Ruling r : rulings) {
            if (r.horizontal() && inside(r, region) && r.length() >= MIN_SHARE * (region[2] - region[0])
                    && (bottom == null || r.position() > bottom.position() + 0.5
                    || Math.abs(r.position() - bottom.position()) <= 0.5 && r.length() > bottom.length())) {
                bottom = r;
            } else if (!r.horizontal() && inside(r, region) && r.length() >= MIN_SHARE * (region[3] - region[1])
                    && (left == null || r.position() < left.position() - 0.5
                    || Math.abs(r.position() - left.position()) <= 0.5 && r.length() > left.length())) {
                left = r;
            }
        }
        if (bottom == null || left == null || Math.abs(bottom.start() - left.position()) > CORNER
                || Math.abs(left.end() - bottom.position()) > CORNER) {
            return false;
        }
        draw(raster, bottom.start(), bottom.end(), bottom.position(), left.start(), Math.max(1.5, 0.6 * raster.scaleX()));
        return true;
    }

    /**
     * A chart drawn without axis lines (a spreadsheet's default scatter chart): the axes are where
     * its tick labels say — the dose axis from the lowest to the highest dose label, at the height of
     * the lowest volume label, and the volume axis up from its start to the highest volume label.
     * The labels are the row of numbers sharing a baseline and the column sharing a right edge.
     */
    private static void redrawFromTickLabels(FigureRaster raster, List<TextLine> lines, double[] region) {
        java.util.Map<Long, List<double[]>> rows = new java.util.HashMap<>();
        java.util.Map<Long, List<double[]>> columns = new java.util.HashMap<>();
        for (TextLine l : lines) {
            for (Word w : l.words()) {
                Double v = FigureTextCalibration.number(w.text());
                if (v == null || w.centerX() < region[0] || w.centerX() > region[2] || w.baseline() < region[1]
                        || w.top() > region[3]) {
                    continue;
                }
                rows.computeIfAbsent(Math.round(w.baseline()), k -> new java.util.ArrayList<>()).add(new double[] {w.centerX(), v});
                columns.computeIfAbsent(Math.round(w.x1()), k -> new java.util.ArrayList<>())
                        .add(new double[] {w.baseline() - 0.36 * w.fontSize(), v});
            }
        }
        List<double[]> doseLabels = largest(rows);
        List<double[]> volumeLabels = largest(columns);
        var dose = FigureTextCalibration.fit(doseLabels, 1.0);
        var volume = FigureTextCalibration.fit(volumeLabels, 1.0);
        if (dose.isEmpty() || volume.isEmpty() || dose.get().slope() <= 0 || volume.get().slope() >= 0) {
            return;
        }
        double lowDose = doseLabels.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double highDose = doseLabels.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double lowVolume = volumeLabels.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double highVolume = volumeLabels.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        // position = (value - intercept) / slope
        double x0 = (lowDose - dose.get().intercept()) / dose.get().slope();
        double x1 = (highDose - dose.get().intercept()) / dose.get().slope();
        double y0 = (lowVolume - volume.get().intercept()) / volume.get().slope();
        double y1 = (highVolume - volume.get().intercept()) / volume.get().slope();
        // Spreadsheet series often run on along 0 % to the end of the axis. The axis is drawn as thick
        // as a plot line so such a tail lies under it, as under a drawn axis, and the curve ends where
        // it reaches the axis instead of tracing a tail a pixel above it.
        draw(raster, x0, x1, y0, y1, Math.max(1.5, TAIL_COVER * raster.scaleX()));
    }

    private static List<double[]> largest(java.util.Map<Long, List<double[]>> groups) {
        List<double[]> best = List.of();
        for (List<double[]> g : groups.values()) {
            if (g.size() > best.size()) {
                best = g;
            }
        }
        return best;
    }

    /** The dose axis from x0 to x1 at height y, and the volume axis at x0 from y up to top (points). */
    private static void draw(FigureRaster raster, double x0, double x1, double y, double top, double width) {
        Graphics2D g = raster.image().createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) width));
            g.draw(new Line2D.Double(raster.pixelX(x0), raster.pixelY(y), raster.pixelX(x1), raster.pixelY(y)));
            g.draw(new Line2D.Double(raster.pixelX(x0), raster.pixelY(top), raster.pixelX(x0), raster.pixelY(y)));
        } finally {
            g.dispose();
        }
    }

    private static boolean inside(Ruling r, double[] region) {
        return r.horizontal()
                ? r.position() >= region[1] && r.position() <= region[3] && r.start() >= region[0] - 1 && r.end() <= region[2] + 1
                : r.position() >= region[0] && r.position() <= region[2] && r.start() >= region[1] - 1 && r.end() <= region[3] + 1;
    }
}
