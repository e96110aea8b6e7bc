package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decision 0563: the tracer reads its runs row by row into flat arrays and stops its search for a predecessor at a
 * bound; blobs may be found from a list of start pixels; a series' tall columns are counted from its own pixels. Each
 * must give exactly what the straightforward pass gave — checked here against that pass (written out below as it was
 * before 0563) on masks like a digitiser meets: falling curves of several widths, dashes, noise, a second curve,
 * plateaus along the bottom, and random speckle.
 */
class FlatPixelPassesTest {
    private static final int W = 320;
    private static final int H = 200;

    @Test
    void theTracerChoosesTheSamePathAsAFullSearch() {
        Random random = new Random(17);
        for (int k = 0; k < 60; k++) {
            boolean[] mask = mask(random, k);
            for (int frameWidth : new int[] {0, 40, W}) {
                assertEquals(fullSearch(mask, W, H, frameWidth), new CurveTracer(frameWidth).trace(mask, W, H),
                        "mask " + k + ", frame width " + frameWidth);
            }
        }
    }

    @Test
    void blobsFromTheirStartPixelsAreTheBlobsOfTheWholeMask() {
        Random random = new Random(18);
        for (int k = 0; k < 40; k++) {
            boolean[] mask = mask(random, k);
            List<Integer> set = new ArrayList<>();
            for (int i = 0; i < mask.length; i++) {
                if (mask[i]) {
                    set.add(i);
                }
            }
            int[] starts = set.stream().mapToInt(Integer::intValue).toArray();
            assertEquals(describe(Blobs.of(mask, W, H)), describe(Blobs.of(mask, W, H, starts)), "mask " + k);
        }
    }

    @Test
    void tallColumnsCountedFromTheSeriesPixelsAsOverTheWholeArea() {
        Random random = new Random(19);
        for (int k = 0; k < 60; k++) {
            boolean[] mask = mask(random, k);
            List<Integer> set = new ArrayList<>();
            for (int i = 0; i < mask.length; i++) {
                if (mask[i]) {
                    set.add(i);
                }
            }
            int[] pixels = set.stream().mapToInt(Integer::intValue).toArray();
            for (double frameHeight : new double[] {3, 20, 120, 190}) {
                PlotFrame frame = new PlotFrame(10, 5, 10 + 40 + k * 4, 5 + frameHeight);
                assertEquals(filledOverTheArea(mask, W, H, frame), RisingCurve.filled(pixels, W, H, frame),
                        "mask " + k + ", frame " + frame);
            }
        }
    }

    /** Curves, dashes, noise and plateaus in varying amounts (k picks the mix). */
    private static boolean[] mask(Random random, int k) {
        boolean[] mask = new boolean[W * H];
        int curves = 1 + k % 3;
        for (int c = 0; c < curves; c++) {
            int width = 1 + random.nextInt(4);
            double shoulder = 20 + random.nextInt(200);
            double steep = 5 + random.nextInt(40);
            int top = 5 + random.nextInt(40);
            boolean dashed = random.nextInt(3) == 0;
            for (int x = 0; x < W; x++) {
                if (dashed && (x / 6) % 2 == 1) {
                    continue;
                }
                double y = top + (H - 10 - top) / (1 + Math.exp(-(x - shoulder) / steep));
                for (int dy = 0; dy < width; dy++) {
                    set(mask, x, (int) y + dy);
                }
            }
        }
        int specks = random.nextInt(k % 4 == 0 ? 2000 : 60);
        for (int i = 0; i < specks; i++) {
            set(mask, random.nextInt(W), random.nextInt(H));
        }
        if (k % 5 == 0) { // a legend swatch up and right of the curves, a bar of the same colour
            for (int x = 250; x < 280; x++) {
                set(mask, x, 12);
                set(mask, x, 13);
            }
            for (int y = 60; y < 190; y++) {
                for (int x = 100; x < 100 + k % 30; x++) {
                    set(mask, x, y);
                }
            }
        }
        return mask;
    }

    private static void set(boolean[] mask, int x, int y) {
        if (x >= 0 && x < W && y >= 0 && y < H) {
            mask[y * W + x] = true;
        }
    }

    private static String describe(List<Blob> blobs) {
        StringBuilder sb = new StringBuilder();
        for (Blob b : blobs) {
            sb.append(b.left()).append(',').append(b.top()).append(',').append(b.right()).append(',').append(b.bottom())
                    .append(java.util.Arrays.toString(b.pixels())).append('\n');
        }
        return sb.toString();
    }

    /** The tracer as it was before 0563: every run an array, columns read top to bottom, every column searched. */
    private static List<PathColumn> fullSearch(boolean[] mask, int width, int height, int frameWidth) {
        int maxGap = Math.max(20, (int) (0.5 * frameWidth));
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
            double worth = Math.max(1, (run[2] - run[1] + 1) / 3.0);
            score[i] = worth;
            previous[i] = -1;
            for (int px = x - 1; px >= Math.max(0, x - maxGap); px--) {
                double gapPenalty = 0.02 * (x - px - 1);
                for (int j = columnStart[px]; j < columnStart[px + 1]; j++) {
                    int[] before = runs.get(j);
                    if (run[1] < before[1] - 2 || run[2] < before[2] - 2) {
                        continue;
                    }
                    double jump = Math.max(0, run[1] - before[2] - 1);
                    double s = score[j] + worth - gapPenalty - 0.004 * jump;
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

    /** {@code RisingCurve.filled} as it was before 0563: a pass over the whole area. */
    private static boolean filledOverTheArea(boolean[] mask, int width, int height, PlotFrame frame) {
        int tall = (int) (0.15 * frame.height());
        int[] run = new int[width];
        boolean[] isTall = new boolean[width];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                run[x] = mask[row + x] ? run[x] + 1 : 0;
                isTall[x] |= run[x] >= tall;
            }
        }
        int tallColumns = 0;
        for (boolean t : isTall) {
            tallColumns += t ? 1 : 0;
        }
        return tallColumns > 0.1 * frame.width();
    }
}
