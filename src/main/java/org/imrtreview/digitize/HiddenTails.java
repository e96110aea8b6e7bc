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
        if (Math.abs(path.get(path.size() - 1).center() - zeroRow) > 2 * band) {
            return c; // it ended in mid-air (or was lost): tracedWhole decides about that
        }
        // Where its points reach 0 % (a flat run along the axis ends the points there, decision 0112).
        int end = (int) Math.round(calibration.column(CurveMetrics.dmax(c.doseGy(), v)));
        int y0 = (int) Math.max(0, Math.round(zeroRow) - band);
        int y1 = (int) Math.min(rgb.height() - 1, Math.round(zeroRow) + band);
        int lastCovered = end;
        int x = end + 1;
        int right = (int) Math.min(rgb.width() - 1, frame.right());
        while (x <= right && x - lastCovered <= MAX_GAP + 1) {
            if (covered(rgb, x, y0, y1, colours, seeds)) {
                lastCovered = x;
            }
            x++;
        }
        double minHidden = Math.max(4, 0.01 * frame.width());
        // A range set already (same-colour twins along 0 %, decision 0276) is only ever widened.
        double reach = c.tailHidden() ? Math.max(c.hiddenTailEndColumn(), lastCovered) : lastCovered;
        return reach - end >= minHidden ? c.withHiddenTailEnd(reach) : c;
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
