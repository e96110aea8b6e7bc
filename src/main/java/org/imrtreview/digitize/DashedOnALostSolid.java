package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A dashed trace that ran on along its solid twin's line where that line was lost (decision 0490). In a picture drawing
 * one plan solid and the other dashed in one colour, the solid plan's line may be traced only in part: it vanishes in
 * mid-air (JPEG damage, another curve over it, the dashes of the twin bridging onto it). Where the dashed trace passes
 * close by the spot where the solid trace was lost and no solid trace of the colour reaches its end, the dashed trace
 * may have taken the rest of the solid line: its Dmax is then the solid plan's. Measured on the planning-system edge
 * probes (decision 0421): {@code eclipse-0} with dashes ×0.75 (the dashed cord read 31.2 Gy, the solid cord's end; drawn
 * 28.1) and {@code eclipse-3} at JPEG q60 (the dashed parotid read 41.0, the solid's 41.1; drawn 38.1). Such a dashed
 * trace is shown, not used: the nurse sees it and both solid pieces.
 */
final class DashedOnALostSolid {
    /** Least volume (%) above which a solid trace that ends there (and not at the right edge) was lost in mid-air. */
    static final double LOST_ABOVE = 5;
    /** Rows within which the dashed trace passes the spot where the solid trace was lost. */
    static final int NEAR_ROWS = 6;

    private DashedOnALostSolid() {
    }

    /** For each curve, whether it is a used dashed trace passing where its colour's only solid traces were lost. */
    static boolean[] held(List<TracedCurve> curves, Calibration calibration) {
        boolean[] out = new boolean[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve d = curves.get(i);
            if (d.style() != LineStyle.DASHED || !d.tracedWhole(calibration)) {
                continue;
            }
            boolean anySolid = false;
            boolean solidWhole = false;
            boolean passesLostEnd = false;
            for (TracedCurve s : curves) {
                if (s.style() != LineStyle.SOLID || s.path().isEmpty() || !SeriesPath.sameHue(s.rgb(), d.rgb())) {
                    continue;
                }
                anySolid = true;
                if (!lostInMidAir(s, calibration)) {
                    solidWhole = true;
                    continue;
                }
                PathColumn end = s.path().get(s.path().size() - 1);
                passesLostEnd |= passesNear(d.path(), end);
            }
            out[i] = anySolid && !solidWhole && passesLostEnd;
        }
        return out;
    }

    /** Whether the trace stops above {@link #LOST_ABOVE} % before the plot's right edge. */
    static boolean lostInMidAir(TracedCurve s, Calibration calibration) {
        double[] v = s.volumePercent();
        double[] d = s.doseGy();
        if (v.length < 2) {
            return false;
        }
        double right = Math.max(calibration.doseAtLeft(), calibration.doseAtRight());
        double lastSeen = calibration.volume(s.path().get(s.path().size() - 1).center());
        return lastSeen > LOST_ABOVE && d[d.length - 1] < right - 0.015 * calibration.doseSpan();
    }

    /** Columns past the spot where the solid trace was lost within which the dashed trace must pass (a dash and its gap). */
    static final int AHEAD = 12;

    /**
     * Whether the path passes the spot where the solid trace ended: a column from 2 px before it to {@link #AHEAD} px
     * after it whose run lies within {@link #NEAR_ROWS} rows of it, plus 1.5 rows per column away (the curve falls on).
     */
    static boolean passesNear(List<PathColumn> path, PathColumn end) {
        for (PathColumn p : path) {
            int dx = p.x() - end.x();
            if (dx < -2 || dx > AHEAD) {
                continue;
            }
            double reach = NEAR_ROWS + 1.5 * Math.abs(dx);
            if (p.top() - reach <= end.bottom() && p.bottom() + reach >= end.top()) {
                return true;
            }
        }
        return false;
    }

    static List<String> warnings(List<TracedCurve> curves, boolean[] held) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            if (held[i]) {
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) passes where the solid curve of its colour"
                        + " was lost and no solid curve of that colour was followed to its end: past there it may follow"
                        + " the solid line, so it is shown but not used", i + 1, curves.get(i).describe()));
            }
        }
        return out;
    }
}
