package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A solid trace that crossed a gap in its fall landing where neither its own slope before the gap nor after it leads
 * (decision 0532). A solid line shows no gaps of its own: where its trace has one, other curves were drawn over it, and
 * a trace of one colour drawn solid and dashed (two plans) may come out of the gap on the other plan's line. A smooth
 * curve's chord across a gap lies near both its tangents; one that lands far off both changed lines there. Measured on
 * the planning-system edge probes: {@code eclipse-2} with a toolbar 12 or 24 px taller, the solid brainstem's trace
 * fell 38 rows across a 21-column gap (its slope 0.65 rows per column before and 0.9 after) onto the dashed brainstem's
 * line and came back up across a 38-column gap (6.5 pp off). Such a trace, in a picture with a dashed trace of its hue,
 * is shown, not used.
 */
final class OffSlopeBridges {
    /** Narrowest gap (columns) looked at: dash gaps and anti-aliasing breaks are shorter. */
    static final int MIN_GAP = 8;
    /** Columns on each side of the gap whose slope is taken. */
    static final int SIDE = 10;
    /** How far (rows, at least) the far side of the gap may lie from both tangents' prediction. */
    static final double MIN_OFF_ROWS = 5;
    /** ... or this share of the gap's width. */
    static final double OFF_SHARE = 0.3;

    /** Switch for measuring decision 0532 ({@code -Dimrt.digitize.offSlopeBridges=false}: before). */
    static final boolean ON = !"false".equals(System.getProperty("imrt.digitize.offSlopeBridges"));

    private OffSlopeBridges() {
    }

    static boolean[] held(List<TracedCurve> curves, Calibration calibration) {
        boolean[] out = new boolean[curves.size()];
        if (!ON) {
            return out;
        }
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (c.style() != LineStyle.SOLID || !c.tracedWhole(calibration)) {
                continue;
            }
            int[] gap = offSlopeGap(c.path(), calibration);
            out[i] = gap != null && curves.stream().anyMatch(o -> o != c && o.style() == LineStyle.DASHED
                    && SeriesPath.sameHue(o.rgb(), c.rgb()) && (on(o.path(), c.path(), gap[0]) || on(o.path(), c.path(), gap[1])));
        }
        return out;
    }

    /** Rows within which a side of the gap lies on the dashed twin's trace. */
    static final double ON_TWIN_ROWS = 3;

    /** Whether the trace's column at {@code x} lies on the other trace (a column within 1 px of x, its centre close). */
    static boolean on(List<PathColumn> other, List<PathColumn> path, int x) {
        PathColumn at = path.stream().filter(p -> p.x() == x).findFirst().orElse(null);
        if (at == null) {
            return false;
        }
        for (PathColumn o : other) {
            if (Math.abs(o.x() - x) <= 1 && Math.abs(o.center() - at.center()) <= ON_TWIN_ROWS) {
                return true;
            }
        }
        return false;
    }

    /** The first gap (its two columns' x) in the fall whose far side lies off both tangents; null if none. */
    static int[] offSlopeGap(List<PathColumn> path, Calibration calibration) {
        double high = calibration.row(95);
        double low = calibration.row(5);
        for (int k = 1; k < path.size(); k++) {
            PathColumn a = path.get(k - 1);
            PathColumn b = path.get(k);
            int gap = b.x() - a.x();
            if (gap < MIN_GAP || a.center() < Math.min(high, low) || b.center() > Math.max(high, low)) {
                continue;
            }
            double before = slope(path, k - 1, -1);
            double after = slope(path, k, 1);
            if (Double.isNaN(before) || Double.isNaN(after)) {
                continue;
            }
            double rise = b.center() - a.center();
            double lowSlope = Math.min(before, after);
            double highSlope = Math.max(before, after);
            double allowed = Math.max(MIN_OFF_ROWS, OFF_SHARE * gap);
            if (rise < lowSlope * gap - allowed || rise > highSlope * gap + allowed) {
                return new int[] {a.x(), b.x()};
            }
        }
        return null;
    }

    /** Rows per column over up to {@link #SIDE} columns from {@code k} going {@code step}, without crossing a gap. */
    private static double slope(List<PathColumn> path, int k, int step) {
        PathColumn from = path.get(k);
        PathColumn to = from;
        for (int j = k + step; j >= 0 && j < path.size(); j += step) {
            PathColumn p = path.get(j);
            if (Math.abs(p.x() - path.get(j - step).x()) > 3 || Math.abs(p.x() - from.x()) > SIDE) {
                break;
            }
            to = p;
        }
        int dx = to.x() - from.x();
        return Math.abs(dx) < SIDE / 2 ? Double.NaN : (to.center() - from.center()) / dx;
    }

    static List<String> warnings(List<TracedCurve> curves, boolean[] held, Calibration calibration) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            if (held[i]) {
                int[] gap = offSlopeGap(curves.get(i).path(), calibration);
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) crosses a gap between %.3g and %.3g Gy"
                        + " landing off its own slope, where its dashed twin runs: past there it may follow the other"
                        + " plan's line, so it is shown but not used", i + 1, curves.get(i).describe(),
                        calibration.dose(gap[0]), calibration.dose(gap[1])));
            }
        }
        return out;
    }
}
