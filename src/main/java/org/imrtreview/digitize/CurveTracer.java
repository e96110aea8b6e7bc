package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Follows one series across the plot. Every column offers candidate runs of series pixels; the
 * traced path is the chain of runs that explains the most curve length while only ever going down (a
 * cumulative DVH never rises), jumping over gaps (dashes, markers, other curves drawn on top, an
 * opaque legend box) at a small cost per skipped column. The monotone constraint is what keeps the
 * path off legend swatches and stray text of the same colour: reaching them means giving up the
 * rest of the curve.
 */
final class CurveTracer {
    /** Pixels a run may sit above its predecessor (anti-aliasing, JPEG noise). */
    private static final int RISE_TOLERANCE = 2;
    private static final double GAP_COST = 0.02;
    private static final double JUMP_COST = 0.004;

    private final int maxGap;

    CurveTracer(int frameWidth) {
        this.maxGap = Math.max(20, (int) (0.5 * frameWidth));
    }

    /** {@code found} with the run (column, top, bottom) put at {@code count}, grown when full. */
    private static int[] withRun(int[] found, int count, int x, int top, int bottom) {
        int[] out = count + 3 > found.length ? Arrays.copyOf(found, 2 * found.length) : found;
        out[count] = x;
        out[count + 1] = top;
        out[count + 2] = bottom;
        return out;
    }

    /** Traces the series in {@code mask} (region-local, {@code width} x {@code height}); columns in region coordinates. */
    List<PathColumn> trace(boolean[] mask, int width, int height) {
        // The runs as flat arrays in column order (issue 17, decision 0563: no array per run). The mask is read row by
        // row with each column's open run kept (a pass down each column reads across the rows), then the runs are put
        // in column order, each column's from the top: the same runs in the same order as a pass down each column.
        int[] openStart = new int[width];
        int[] openLast = new int[width];
        java.util.Arrays.fill(openStart, -1);
        java.util.Arrays.fill(openLast, -2);
        int[] found = new int[3 * 64];
        int count = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (!mask[row + x]) {
                    continue;
                }
                if (y - openLast[x] > 2) {
                    if (openStart[x] >= 0) {
                        found = withRun(found, count, x, openStart[x], openLast[x]);
                        count += 3;
                    }
                    openStart[x] = y;
                }
                openLast[x] = y;
            }
        }
        for (int x = 0; x < width; x++) {
            if (openStart[x] >= 0) {
                found = withRun(found, count, x, openStart[x], openLast[x]);
                count += 3;
            }
        }
        int n = count / 3;
        int[] columnStart = new int[width + 1];
        for (int i = 0; i < count; i += 3) {
            columnStart[found[i] + 1]++;
        }
        for (int x = 0; x < width; x++) {
            columnStart[x + 1] += columnStart[x];
        }
        int[] runX = new int[n];
        int[] runTop = new int[n];
        int[] runBottom = new int[n];
        int[] next = Arrays.copyOf(columnStart, width);
        for (int i = 0; i < count; i += 3) {
            int at = next[found[i]]++;
            runX[at] = found[i];
            runTop[at] = found[i + 1];
            runBottom[at] = found[i + 2];
        }
        if (n == 0) {
            return List.of();
        }
        double[] score = new double[n];
        int[] previous = new int[n];
        // The best score of any run in each column and every column before it: a predecessor in column px can give
        // at most that plus the run's worth less the gap's cost, which only shrinks further left, so the search for
        // a predecessor stops where that bound can no longer beat the best found (the same choice, fewer columns).
        double[] bestUpTo = new double[width];
        int bestEnd = 0;
        int filled = 0; // columns of bestUpTo complete: every column before the current run's
        for (int i = 0; i < n; i++) {
            int x = runX[i];
            for (; filled < x; filled++) {
                double best = filled == 0 ? Double.NEGATIVE_INFINITY : bestUpTo[filled - 1];
                for (int j = columnStart[filled]; j < columnStart[filled + 1]; j++) {
                    best = Math.max(best, score[j]);
                }
                bestUpTo[filled] = best;
            }
            int top = runTop[i];
            int bottom = runBottom[i];
            // A column's worth is the length of curve it explains: a steep fall counts more than
            // one pixel of plateau, so a dashed curve's visible fall beats stray plateau fragments.
            double worth = Math.max(1, (bottom - top + 1) / 3.0);
            double own = worth;
            int from = -1;
            for (int px = x - 1; px >= Math.max(0, x - maxGap); px--) {
                double gapPenalty = GAP_COST * (x - px - 1);
                if (bestUpTo[px] + worth - gapPenalty <= own) {
                    break;
                }
                for (int j = columnStart[px]; j < columnStart[px + 1]; j++) {
                    if (top < runTop[j] - RISE_TOLERANCE || bottom < runBottom[j] - RISE_TOLERANCE) {
                        continue;
                    }
                    double jump = Math.max(0, top - runBottom[j] - 1);
                    double s = score[j] + worth - gapPenalty - JUMP_COST * jump;
                    if (s > own) {
                        own = s;
                        from = j;
                    }
                }
            }
            score[i] = own;
            previous[i] = from;
            if (own > score[bestEnd]) {
                bestEnd = i;
            }
        }
        List<PathColumn> path = new ArrayList<>();
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            path.add(new PathColumn(runX[i], runTop[i], runBottom[i]));
        }
        Collections.reverse(path);
        return path;
    }
}
