package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds curves whose end the picture cannot show (issue 16, decision 0182). A cumulative DVH ends
 * by reaching 0 %, and every curve runs out along the same 0 % line: where a curve's points reach
 * 0 % and the line just right of it is still drawn over (by other curves on top, or by its own line
 * lying flat on 0 %), its last few tenths of a percent may run on there, thinner than a line. Its
 * Dmax is then only known to lie between where its points reach 0 % and where the line along 0 %
 * ends. A curve whose end is followed by empty background did end there.
 */
final class HiddenTails {
    /** Gaps in the covering curves bridged (anti-aliasing, dashes of a covering dashed curve). */
    private static final int MAX_GAP = 3;

    private HiddenTails() {
    }

    static List<TracedCurve> mark(RgbImage rgb, Calibration calibration, List<TracedCurve> curves,
                                  CurveColours colours, List<Integer> seeds) {
        PlotFrame frame = calibration.frame();
        double zeroRow = calibration.row(0);
        if (!(zeroRow >= frame.top() && zeroRow <= frame.bottom() + 3)) {
            return curves;
        }
        List<TracedCurve> out = new ArrayList<>(curves.size());
        for (TracedCurve c : curves) {
            out.add(mark(rgb, calibration, c, colours, seeds, zeroRow));
        }
        return out;
    }

    private static TracedCurve mark(RgbImage rgb, Calibration calibration, TracedCurve c, CurveColours colours,
                                    List<Integer> seeds, double zeroRow) {
        double[] v = c.volumePercent();
        List<PathColumn> path = c.path();
        if (v.length == 0 || path.isEmpty() || v[v.length - 1] > 2) {
            return c;
        }
        PlotFrame frame = calibration.frame();
        int band = Math.max(2, medianLength(path) + 1);
        double minHidden = Math.max(4, 0.01 * frame.width());
        if (Math.abs(path.get(path.size() - 1).center() - zeroRow) > 2 * band) {
            // It vanished above the line (its points were taken down to 0 there, CurvePoints). Where other
            // curves are drawn over the spot, it may run on underneath them down to the line and along it
            // (decision 0308); otherwise it ended in mid-air or was lost, and tracedWhole decides.
            int end = (int) Math.round(calibration.column(CurveMetrics.dmax(c.doseGy(), v)));
            int reach = hiddenFromMidAir(rgb, path.get(path.size() - 1), zeroRow, band, frame, colours, seeds);
            if (reach - end < minHidden && FAINT_TAILS) {
                // Nothing of a curve colour covers the spot: a thin tail blended by a JPEG into the dark axis (decision
                // 0530) shows only as faint ink of no curve colour, just above the line; where such ink runs on from
                // where it vanished, the curve may too.
                reach = Math.max(reach, faintFromMidAir(rgb, path.get(path.size() - 1), zeroRow, band, frame,
                        colours.background()));
            }
            double wider = c.tailHidden() ? Math.max(c.hiddenTailEndColumn(), reach) : reach;
            return wider - end >= minHidden ? c.withHiddenTailEnd(wider) : c;
        }
        // Where its points reach 0 % (a flat run along the axis ends the points there, decision 0112) ...
        int end = (int) Math.round(calibration.column(CurveMetrics.dmax(c.doseGy(), v)));
        // ... or, if sooner, where its trace, once on the line, last ran without a break (decision 0304):
        // a trace that bridged a gap along the line to pixels of its colour further on (a blend of other
        // curves, its own tail peeking out between them) does not show where the curve ended, only that
        // it ended between there and where the line is no longer covered. A tail still descending within
        // the last pixel rows without a break is the curve and stays (decision 0112).
        // Not on a cm3 axis: there the rows next to the line still hold a small structure's real volume.
        int traceEnd = path.get(path.size() - 1).x();
        int seen = calibration.volumeAbsolute() ? Integer.MAX_VALUE
                : lastBeforeABreak(path, zeroRow - Math.max(2, medianLength(path) / 2.0), zeroRow - 2 * band,
                        Math.max(3 * MAX_GAP, 0.02 * frame.width()));
        TracedCurve curve = c;
        int from = end;
        if (seen < end) {
            TracedCurve cut = cutAt(c, seen, calibration);
            if (cut != null) {
                curve = cut;
                end = seen;
                from = traceEnd; // the pixels it bridged to may be its tail: the range reaches them
            }
        }
        if (c.style() == LineStyle.DASHED && traceEnd > from) {
            // A dashed trace's own dashes along the line past where its points end (decision 0492): the flat run is cut
            // from its points (decision 0112), yet a dashed curve's tail lying on the line shows only as dashes there,
            // so its end may be anywhere up to its last dash.
            from = traceEnd;
        }
        int y0 = (int) Math.max(0, Math.round(zeroRow) - band);
        int y1 = (int) Math.min(rgb.height() - 1, Math.round(zeroRow) + band);
        int lastCovered = from;
        int x = lastCovered + 1;
        int right = (int) Math.min(rgb.width() - 1, frame.right());
        while (x <= right && x - lastCovered <= MAX_GAP + 1) {
            if (covered(rgb, x, y0, y1, colours, seeds)) {
                lastCovered = x;
            }
            x++;
        }
        // A range set already (same-colour twins along 0 %, decision 0276) is only ever widened.
        double reach = c.tailHidden() ? Math.max(c.hiddenTailEndColumn(), lastCovered) : lastCovered;
        return reach - end >= minHidden ? curve.withHiddenTailEnd(reach) : c;
    }

    /**
     * The column before the first break wider than {@code minBreak} columns in the trace after it came
     * down onto the 0 % line (its centre at or below {@code onLineRow}), when every column after that
     * stays near the line (at or below {@code nearRow}), or climbs back above it only after the break;
     * otherwise {@link Integer#MAX_VALUE}: a trace without such a break, or one that climbs back up
     * before any break, is left alone.
     */
    static int lastBeforeABreak(List<PathColumn> path, double onLineRow, double nearRow, double minBreak) {
        int first = -1;
        for (int k = 0; k < path.size(); k++) {
            if (path.get(k).center() >= onLineRow) {
                first = k;
                break;
            }
        }
        if (first < 0) {
            return Integer.MAX_VALUE;
        }
        int breakAt = -1;
        for (int k = first + 1; k < path.size(); k++) {
            if (breakAt < 0 && path.get(k).x() - path.get(k - 1).x() > minBreak) {
                breakAt = k - 1;
            }
            if (path.get(k).center() < nearRow) {
                // Climbing back up: before a break it is the curve's own wavering; after one, a cumulative
                // DVH that had come down to the line cannot rise again, so the trace bridged to another
                // curve (a same-hue twin's tail in a heavy JPEG, decision 0308) and ends before the break.
                return breakAt < 0 ? Integer.MAX_VALUE : path.get(breakAt).x();
            }
        }
        return breakAt < 0 ? Integer.MAX_VALUE : path.get(breakAt).x();
    }

    /**
     * How far right a curve that vanished above the 0 % line, at {@code last}, may run on hidden under other
     * curves (decision 0308): a path that only goes down and right through pixels of curve colours (gaps of
     * up to max(9 px, 2 % of the plot) bridged), from where it vanished down to the band along the line and on
     * along it. The rightmost column of that band such a path reaches; {@code last.x()} when none does (the
     * curve did end there, or was lost where nothing covers it).
     */
    static int hiddenFromMidAir(RgbImage rgb, PathColumn last, double zeroRow, int band, PlotFrame frame,
                                CurveColours colours, List<Integer> seeds) {
        return fromMidAir(rgb, last, zeroRow, band, frame, (x, y) -> covered(rgb, x, y, y, colours, seeds));
    }

    /** Switch for measuring decision 0530 ({@code -Dimrt.digitize.faintTails=false}: before). */
    static final boolean FAINT_TAILS = !"false".equals(System.getProperty("imrt.digitize.faintTails"));
    /** Faint ink: this far (RGB distance) from the plot background. */
    private static final double FAINT_INK = 40;
    /** A row inked across this share of the plot's width is a ruling (the axis, a grid line), not a tail. */
    private static final double RULING_SHARE = 0.25;

    /**
     * How far right a curve that vanished above the 0 % line where no curve colour covers it may run on as faint ink
     * (decision 0530): as {@link #hiddenFromMidAir}, through any pixel off the background, the rows of the axis line
     * and other rulings along it left out (a dark JPEG blends a thin tail lying just above the grey axis into a grey
     * of no curve colour).
     */
    static int faintFromMidAir(RgbImage rgb, PathColumn last, double zeroRow, int band, PlotFrame frame, int background) {
        int y0 = (int) Math.max(0, Math.round(zeroRow) - 2 * band);
        int y1 = (int) Math.min(rgb.height() - 1, Math.round(zeroRow) + band);
        int left = (int) Math.max(0, frame.left());
        int right = (int) Math.min(rgb.width() - 1, frame.right());
        boolean[] ruling = new boolean[y1 - y0 + 1];
        for (int y = y0; y <= y1; y++) {
            int inked = 0;
            for (int x = left; x <= right; x++) {
                if (RgbImage.distance(rgb.rgb(x, y), background) > FAINT_INK) {
                    inked++;
                }
            }
            ruling[y - y0] = inked > RULING_SHARE * (right - left + 1);
        }
        return fromMidAir(rgb, last, zeroRow, band, frame, (x, y) -> (y < y0 || y > y1 || !ruling[y - y0])
                && RgbImage.distance(rgb.rgb(x, y), background) > FAINT_INK);
    }

    private interface Ink {
        boolean at(int x, int y);
    }

    private static int fromMidAir(RgbImage rgb, PathColumn last, double zeroRow, int band, PlotFrame frame, Ink ink) {
        int floor = (int) Math.min(rgb.height() - 1, Math.round(zeroRow) + band);
        int onLine = (int) Math.round(zeroRow) - band;
        int right = (int) Math.min(rgb.width() - 1, frame.right());
        int top = last.top();
        int bottom = last.bottom();
        int reach = last.x();
        int seenAt = last.x();
        // A heavy JPEG leaves a covering line's pixels only every few columns: bridge as a break along the
        // line is measured (decision 0304), letting the curve come down a line band per column meanwhile.
        int maxGap = (int) Math.max(3 * MAX_GAP, 0.02 * frame.width());
        for (int x = last.x() + 1; x <= right && x - seenAt <= maxGap + 1; x++) {
            // Covered runs of this column starting within a line band below the rows the curve may have
            // reached in the column before; it only goes down, so never above where it was (a row of
            // anti-aliasing allowed).
            int newTop = Integer.MAX_VALUE;
            int newBottom = -1;
            int y = Math.max(0, top - 1);
            while (y <= floor) {
                if (!ink.at(x, y)) {
                    if (y > bottom + band * (x - seenAt)) {
                        break;
                    }
                    y++;
                    continue;
                }
                int runTop = y;
                while (y + 1 <= floor && ink.at(x, y + 1)) {
                    y++;
                }
                newTop = Math.min(newTop, Math.max(top, runTop));
                newBottom = Math.max(newBottom, y);
                y++;
            }
            if (newBottom < 0) {
                continue;
            }
            top = newTop;
            bottom = newBottom;
            seenAt = x;
            if (bottom >= onLine) {
                reach = x;
            }
        }
        return reach;
    }

    /**
     * The curve cut at column {@code x}: its path and points end there, and a last point at 0 % one
     * pixel on (as {@link CurvePoints} ends a curve that came down to the line); null if nothing is left.
     */
    private static TracedCurve cutAt(TracedCurve c, int x, Calibration calibration) {
        List<PathColumn> kept = c.path().stream().filter(p -> p.x() <= x).toList();
        double cutDose = calibration.dose(x + 0.5);
        double[] dose = c.doseGy();
        double[] volume = c.volumePercent();
        int n = 0;
        while (n < dose.length && dose[n] <= cutDose) {
            n++;
        }
        if (kept.isEmpty() || n < 2) {
            return null;
        }
        double onePixel = calibration.doseSpan() / calibration.frame().width();
        boolean drop = volume[n - 1] > 0;
        double[] d = java.util.Arrays.copyOf(dose, drop ? n + 1 : n);
        double[] vol = java.util.Arrays.copyOf(volume, drop ? n + 1 : n);
        if (drop) {
            d[n] = dose[n - 1] + onePixel;
            vol[n] = 0;
        }
        return new TracedCurve(c.rgb(), c.style(), d, vol, kept, c.legendOrder(), c.legendLabel(),
                c.hiddenTailEndColumn(), c.crossesTwin());
    }

    /** Whether a curve colour (its own or another's) lies on the 0 % line in this column. */
    private static boolean covered(RgbImage rgb, int x, int y0, int y1, CurveColours colours, List<Integer> seeds) {
        for (int y = y0; y <= y1; y++) {
            int s = colours.attribute(rgb.rgb(x, y), seeds);
            if (s >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int medianLength(List<PathColumn> path) {
        int[] lengths = path.stream().mapToInt(PathColumn::length).sorted().toArray();
        return Math.min(8, lengths[lengths.length / 2]);
    }
}
