package org.imrtreview.digitize;

import java.util.ArrayList;
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

    /** Traces the series in {@code mask} (region-local, {@code width} x {@code height}); columns in region coordinates. */
    List<PathColumn> trace(boolean[] mask, int width, int height) {
        int[] columnStart = new int[width + 1];
        List<int[]> runs = new ArrayList<>();
        for (int x = 0; x < width; x++) {
            columnStart[x] = runs.size();
            int start = -1;
            int last = -2;
            for (int y = 0; y < height; y++) {
                if (!mask[y * width + x]) {
                    continue;
                }
                if (y - last > 2) {
                    if (start >= 0) {
                        runs.add(new int[] {x, start, last});
                    }
                    start = y;
                }
                last = y;
            }
            if (start >= 0) {
                runs.add(new int[] {x, start, last});
            }
        }
        columnStart[width] = runs.size();
        int n = runs.size();
        if (n == 0) {
            return List.of();
        }
        double[] score = new double[n];
        int[] previous = new int[n];
        int bestEnd = 0;
        for (int i = 0; i < n; i++) {
            int[] run = runs.get(i);
            int x = run[0];
            // A column's worth is the length of curve it explains: a steep fall counts more than
            // one pixel of plateau, so a dashed curve's visible fall beats stray plateau fragments.
            double worth = Math.max(1, (run[2] - run[1] + 1) / 3.0);
            score[i] = worth;
            previous[i] = -1;
            for (int px = x - 1; px >= Math.max(0, x - maxGap); px--) {
                double gapPenalty = GAP_COST * (x - px - 1);
                for (int j = columnStart[px]; j < columnStart[px + 1]; j++) {
                    int[] before = runs.get(j);
                    if (run[1] < before[1] - RISE_TOLERANCE || run[2] < before[2] - RISE_TOLERANCE) {
                        continue;
                    }
                    double jump = Math.max(0, run[1] - before[2] - 1);
                    double s = score[j] + worth - gapPenalty - JUMP_COST * jump;
                    if (s > score[i]) {
                        score[i] = s;
                        previous[i] = j;
                    }
                }
            }
            if (score[i] > score[bestEnd]) {
                bestEnd = i;
            }
        }
        List<PathColumn> path = new ArrayList<>();
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            int[] run = runs.get(i);
            path.add(new PathColumn(run[0], run[1], run[2]));
        }
        Collections.reverse(path);
        return path;
    }
}
