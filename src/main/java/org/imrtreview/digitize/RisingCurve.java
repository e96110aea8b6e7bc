package org.imrtreview.digitize;

import java.util.List;

/**
 * Tells a differential DVH (curves that rise to a peak and fall again, like a histogram) from a
 * cumulative one, whose curves never rise. The series is traced upside down with the same
 * monotone tracer: in a cumulative DVH the longest "never falling" path is a plateau, in a
 * differential one it climbs the curve's rising flank. A climb counts only where the path is
 * continuous (a jump to a legend swatch is not a climb) and spans several columns (a vertical
 * prescription line of a curve's colour is not a climb either).
 */
final class RisingCurve {
    /** A climb of this share of the plot height is no pixel noise, text or marker. */
    private static final double MIN_RISE = 0.3;
    private static final double MIN_SPAN = 0.03;

    private RisingCurve() {
    }

    /**
     * Whether the series is filled areas (bars, a shaded region) rather than a line: a line is tall
     * in a column only where it falls steeply, which a curve does over a few columns, never over a
     * tenth of the plot's width. {@code pixels}: the series' pixel indices, ascending.
     */
    static boolean filled(int[] pixels, int width, int height, PlotFrame frame) {
        int tall = (int) (0.15 * frame.height());
        if (tall <= 0) {
            // Every column's run (0 where it has no pixel) reaches a height of 0.
            return height > 0 && width > 0.1 * frame.width();
        }
        // The series' own pixels, row by row (ascending indices), not a pass over the whole area (decision 0563).
        int[] run = new int[width];
        int[] lastRow = new int[width];
        java.util.Arrays.fill(lastRow, -2);
        boolean[] isTall = new boolean[width];
        for (int p : pixels) {
            int x = p % width;
            int y = p / width;
            run[x] = lastRow[x] == y - 1 ? run[x] + 1 : 1;
            lastRow[x] = y;
            isTall[x] |= run[x] >= tall;
        }
        int tallColumns = 0;
        for (boolean t : isTall) {
            tallColumns += t ? 1 : 0;
        }
        return tallColumns > 0.1 * frame.width();
    }

    static boolean rises(boolean[] mask, int width, int height, PlotFrame frame) {
        boolean[] flipped = new boolean[mask.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(mask, y * width, flipped, (height - 1 - y) * width, width);
        }
        int maxStep = Math.max(4, (int) (0.01 * frame.width()));
        // Only continuous climbs count, so the tracer need not bridge long gaps (the smallest it allows).
        List<PathColumn> path = new CurveTracer(0).trace(flipped, width, height);
        int start = 0;
        for (int i = 1; i <= path.size(); i++) {
            // Continuous: the next run is a few columns on and touches this one vertically (not a hop to
            // another curve of a similar colour).
            boolean breaks = i == path.size() || path.get(i).x() - path.get(i - 1).x() > maxStep
                    || path.get(i).top() > path.get(i - 1).bottom() + 2 + (path.get(i).x() - path.get(i - 1).x());
            if (breaks) {
                PathColumn first = path.get(start);
                PathColumn last = path.get(i - 1);
                // Upside down, a climb is a fall of the run bottoms (a single tall run is no climb).
                double climb = last.bottom() - first.bottom();
                if (climb >= MIN_RISE * frame.height() && last.x() - first.x() >= MIN_SPAN * frame.width()) {
                    return true;
                }
                start = i;
            }
        }
        return false;
    }
}
