package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds curves whose end the picture cannot show (issue 16, decision 0182). A cumulative DVH ends
 * by reaching 0 %, and in a crowded plot every curve runs out along the same 0 % line: where a
 * curve was last seen there, and the line just right of it is covered by other curves drawn on top,
 * its last few tenths of a percent may run on underneath them. Its Dmax is then only known to lie
 * between where it was last seen and where the covering curves end. A curve whose end is followed
 * by empty background did end there.
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
        int own = seeds.indexOf(c.rgb());
        if (v.length == 0 || path.isEmpty() || v[v.length - 1] > 2 || own < 0) {
            return c;
        }
        PlotFrame frame = calibration.frame();
        int band = Math.max(2, medianLength(path) + 1);
        int end = path.get(path.size() - 1).x();
        if (Math.abs(path.get(path.size() - 1).center() - zeroRow) > 2 * band) {
            return c; // it ended in mid-air (or was lost): tracedWhole decides about that
        }
        int y0 = (int) Math.max(0, Math.round(zeroRow) - band);
        int y1 = (int) Math.min(rgb.height() - 1, Math.round(zeroRow) + band);
        int lastCovered = end;
        int x = end + 1;
        int right = (int) Math.min(rgb.width() - 1, frame.right());
        while (x <= right && x - lastCovered <= MAX_GAP + 1) {
            if (coveredByOther(rgb, x, y0, y1, colours, seeds, own)) {
                lastCovered = x;
            }
            x++;
        }
        double minHidden = Math.max(4, 0.01 * frame.width());
        return lastCovered - end >= minHidden ? c.withHiddenTailEnd(lastCovered) : c;
    }

    private static boolean coveredByOther(RgbImage rgb, int x, int y0, int y1, CurveColours colours, List<Integer> seeds,
                                          int own) {
        for (int y = y0; y <= y1; y++) {
            int s = colours.attribute(rgb.rgb(x, y), seeds);
            if (s >= 0 && s != own) {
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
