package org.imrtreview.digitize;

import java.util.List;
import java.util.Locale;

/**
 * One curve traced from a DVH image: its colour and line style, the cumulative DVH points (dose in
 * Gy ascending, volume in % non-increasing) and the pixel path it was read from (image
 * coordinates, for overlays). {@code legendOrder} is the position of its legend swatch counted
 * top-to-bottom, left-to-right (-1 when no swatch was found); {@code legendLabel} the text beside
 * that swatch when it could be read (null otherwise). {@code hiddenTailEndColumn} is the image
 * column up to which the curve's tail may run on hidden under other curves along the 0 % line
 * (NaN when its end was seen; decision 0182). {@code crossesTwin}: another curve of the same colour
 * and style crosses it, so where they cross the picture cannot tell which is which (decision 0183).
 */
public record TracedCurve(int rgb, LineStyle style, double[] doseGy, double[] volumePercent,
                          List<PathColumn> path, int legendOrder, LegendLabel legendLabel, double hiddenTailEndColumn,
                          boolean crossesTwin) {

    public TracedCurve(int rgb, LineStyle style, double[] doseGy, double[] volumePercent, List<PathColumn> path,
                       int legendOrder, LegendLabel legendLabel) {
        this(rgb, style, doseGy, volumePercent, path, legendOrder, legendLabel, Double.NaN, false);
    }

    public TracedCurve(int rgb, LineStyle style, double[] doseGy, double[] volumePercent, List<PathColumn> path,
                       int legendOrder) {
        this(rgb, style, doseGy, volumePercent, path, legendOrder, null);
    }

    public TracedCurve {
        if (doseGy.length != volumePercent.length) {
            throw new IllegalArgumentException("dose and volume arrays differ in length");
        }
        doseGy = doseGy.clone();
        volumePercent = volumePercent.clone();
        path = List.copyOf(path);
    }

    @Override
    public double[] doseGy() {
        return doseGy.clone();
    }

    @Override
    public double[] volumePercent() {
        return volumePercent.clone();
    }

    public int size() {
        return doseGy.length;
    }

    public String hexColour() {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    /** A short name for the nurse, such as "red dashed". */
    public String describe() {
        return ColourNames.nameOf(rgb) + " " + style.label();
    }

    public TracedCurve withLegendOrder(int order) {
        return new TracedCurve(rgb, style, doseGy, volumePercent, path, order, legendLabel, hiddenTailEndColumn, crossesTwin);
    }

    /**
     * Whether the whole curve was seen: from the plot's left edge (or its 100 % plateau) down to
     * (nearly) 0 % or off the right edge. A curve that starts or stops in mid-air lost its track (an
     * opaque legend box over its shoulder, JPEG damage, a similar colour crossing it): its Dmax or
     * low-dose volumes would be wrong, so it is shown but not used as evidence. A curve crossed by
     * another of its own colour and style counts as not whole either: past the crossing either
     * could be either.
     */
    public boolean tracedWhole(Calibration calibration) {
        if (doseGy.length == 0 || crossesTwin || tooSmallOnCcAxis(calibration)) {
            return false;
        }
        double last = volumePercent[volumePercent.length - 1];
        double left = Math.min(calibration.doseAtLeft(), calibration.doseAtRight());
        double right = Math.max(calibration.doseAtLeft(), calibration.doseAtRight());
        double tolerance = 0.015 * calibration.doseSpan();
        boolean start = doseGy[0] <= Math.max(0, left) + tolerance || volumePercent[0] >= 95;
        boolean end = last <= 2 || doseGy[doseGy.length - 1] >= right - tolerance;
        return start && end;
    }

    /** Fewest pixel rows a structure's whole volume must span on a cm³ axis to be used (decision 0257). */
    static final int MIN_ROWS_ON_CC_AXIS = 40;

    /**
     * Whether, on a cm³ axis, the structure's whole volume (where the curve starts) spans fewer than
     * {@link #MIN_ROWS_ON_CC_AXIS} pixel rows above 0 cm³: each row is then more than 2.5 % of its volume,
     * and its volumes in % (what the table states) are only known to a few rows, beyond the digitised
     * tolerance of 3 points (decision 0257; measured: a 6 cm³ brainstem on a 140 cm³ axis, 21 rows, 5.1 pp off).
     */
    public boolean tooSmallOnCcAxis(Calibration calibration) {
        return calibration.volumeAbsolute() && !path.isEmpty() && rowsSpanned(calibration) < MIN_ROWS_ON_CC_AXIS;
    }

    /** Pixel rows from the curve's start down to the 0 line. */
    public double rowsSpanned(Calibration calibration) {
        return path.isEmpty() ? 0 : Math.abs(calibration.row(0) - path.get(0).top());
    }

    /** The same curve reported in another colour (a dark theme's colour as it appears on screen). */
    public TracedCurve withColour(int colour) {
        return new TracedCurve(colour, style, doseGy, volumePercent, path, legendOrder, legendLabel, hiddenTailEndColumn, crossesTwin);
    }

    public TracedCurve withLegendLabel(LegendLabel label) {
        return new TracedCurve(rgb, style, doseGy, volumePercent, path, legendOrder, label, hiddenTailEndColumn, crossesTwin);
    }

    public TracedCurve withHiddenTailEnd(double column) {
        return new TracedCurve(rgb, style, doseGy, volumePercent, path, legendOrder, legendLabel, column, crossesTwin);
    }

    /** The curves, those whose {@code held} flag is set marked not to be used (shown only). */
    static List<TracedCurve> notUsedWhere(List<TracedCurve> curves, boolean[] held) {
        List<TracedCurve> out = new java.util.ArrayList<>(curves.size());
        for (int i = 0; i < curves.size(); i++) {
            out.add(held[i] ? curves.get(i).withCrossesTwin(true) : curves.get(i));
        }
        return out;
    }

    public TracedCurve withCrossesTwin(boolean crosses) {
        return new TracedCurve(rgb, style, doseGy, volumePercent, path, legendOrder, legendLabel, hiddenTailEndColumn,
                crosses);
    }

    /** Least volume (percentage points) a bridged stretch must fall across to count as unseen (decision 0309). */
    static final double MIN_UNSEEN_FALL = 1.0;

    /**
     * The stretches of dose the trace bridged without seeing the curve (decision 0309): gaps between two
     * traced columns wider than a break along the line is measured (max(9 px, 2 % of the plot)) across which
     * the curve falls by more than {@link #MIN_UNSEEN_FALL} points. Hidden under other curves or a legend box,
     * the curve may run anywhere there between level and straight down: its traced points join the two ends
     * by a straight line, which a bowed curve does not follow. Each stretch is {@code {fromGy, toGy}}.
     */
    public List<double[]> unseenStretches(Calibration calibration) {
        List<double[]> out = new java.util.ArrayList<>();
        double minGap = Math.max(9, 0.02 * calibration.frame().width());
        for (int k = 1; k < path.size(); k++) {
            PathColumn a = path.get(k - 1);
            PathColumn b = path.get(k);
            if (b.x() - a.x() <= minGap) {
                continue;
            }
            double from = Math.min(calibration.dose(a.x()), calibration.dose(b.x()));
            double to = Math.max(calibration.dose(a.x()), calibration.dose(b.x()));
            double fall = CurveMetrics.volumeAt(doseGy, volumePercent, from) - CurveMetrics.volumeAt(doseGy, volumePercent, to);
            if (fall > MIN_UNSEEN_FALL) {
                out.add(new double[] {from, to});
            }
        }
        return out;
    }

    /** Whether the curve's end may lie further right, hidden under other curves along 0 %. */
    public boolean tailHidden() {
        return !Double.isNaN(hiddenTailEndColumn);
    }

    /**
     * Dmax as the picture shows it: from where the curve was last seen to where the curves covering
     * its tail end ({@code [dmax, dmax]} when its end was seen); from the start of a stretch the trace
     * bridged down onto the 0 % line, when it did (it may have ended anywhere in it; decision 0329).
     */
    public double[] dmaxInterval(Calibration calibration) {
        double dmax = CurveMetrics.dmax(doseGy, volumePercent);
        double high = tailHidden() ? Math.max(dmax, calibration.dose(hiddenTailEndColumn)) : dmax;
        double[] ended = DigitizedCurves.endedUnseen(this, calibration, unseenStretches(calibration));
        return new double[] {ended == null ? dmax : Math.min(dmax, ended[0]), high};
    }
}
