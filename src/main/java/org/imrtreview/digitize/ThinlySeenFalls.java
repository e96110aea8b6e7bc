package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace whose fall the picture hardly shows (decision 0350). The tracer bridges the gaps between the columns
 * it sees by straight lines, and a stretch it bridged is a range (decision 0309), but a trace that saw only a
 * few scattered columns of its fall is mostly bridging: a JPEG's shifted colour of another line (a red PTV's
 * plateau followed as a pinkish magenta "curve", seen in 6 columns of its fall), a dashed PTV of which a few
 * dashes show between a legend box and its solid twin. Its colour may belong to another structure in the
 * legend, and its shape is the bridging's, not the picture's. It is told by the share of the pixel rows its
 * fall crosses (from its first column down to the band along the 0 % line) that its seen columns cover: a
 * solid line shows nearly all of them, a dashed one about half, these under an eighth. Such a trace is shown
 * but not used, with a warning; a fall of fewer than 20 rows is not judged.
 */
final class ThinlySeenFalls {
    /** Least share of its fall's rows a used trace's seen columns cover. */
    static final double MIN_SEEN = 0.125;
    /** Fewest rows a fall must cross to be judged. */
    static final int MIN_ROWS = 20;

    private ThinlySeenFalls() {
    }

    /** The curves with every thinly seen one marked as not to be used. */
    static List<TracedCurve> mark(List<TracedCurve> curves, Calibration calibration) {
        List<TracedCurve> out = new ArrayList<>(curves.size());
        for (TracedCurve c : curves) {
            out.add(thin(c, calibration) ? c.withCrossesTwin(true) : c);
        }
        return out;
    }

    /** A warning per thinly seen curve, by its number in {@code curves}. */
    static List<String> warnings(List<TracedCurve> curves, Calibration calibration) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (thin(c, calibration)) {
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) was seen on only %.0f %% of its fall (the"
                        + " rest is bridged): it may be a stray colour of another line, so it is shown but not used", i + 1,
                        c.describe(), 100 * seenShare(c, calibration)));
            }
        }
        return out;
    }

    static boolean thin(TracedCurve c, Calibration calibration) {
        double seen = seenShare(c, calibration);
        return !Double.isNaN(seen) && seen < MIN_SEEN;
    }

    /**
     * The share of the pixel rows between the trace's first column and its last one (at most down to two line
     * bands above the 0 % line, where every curve ends) that its seen columns cover; NaN for a fall of fewer
     * than {@link #MIN_ROWS} rows.
     */
    static double seenShare(TracedCurve c, Calibration calibration) {
        List<PathColumn> path = c.path();
        if (path.isEmpty()) {
            return Double.NaN;
        }
        int band = 2 * Math.max(2, DigitizedCurves.lineThickness(path) + 1);
        int start = path.get(0).bottom();
        int end = Math.min(path.get(path.size() - 1).top(), (int) Math.round(calibration.row(0)) - band);
        if (end - start < MIN_ROWS) {
            return Double.NaN;
        }
        boolean[] rows = new boolean[end - start + 1];
        for (PathColumn col : path) {
            for (int y = Math.max(col.top(), start); y <= Math.min(col.bottom(), end); y++) {
                rows[y - start] = true;
            }
        }
        int seen = 0;
        for (boolean r : rows) {
            seen += r ? 1 : 0;
        }
        return seen / (double) rows.length;
    }
}
