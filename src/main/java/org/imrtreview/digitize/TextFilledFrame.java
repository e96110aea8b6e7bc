package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the inside of a frame is rows of text spread across it, as in a table or a form, rather than
 * a plot (decision 0271). A plot's inside holds curves, a grid and at most a legend box in a corner or
 * a title; a table's holds a line of words in every row, from its left edge to its right. Measured
 * before any curve is traced: the letters of a table written with sub-pixel (ClearType) smoothing
 * have coloured fringes that the tracer would otherwise chain into "curves".
 */
final class TextFilledFrame {
    /** Cells of the frame (columns x rows) in which text is counted. */
    private static final int CELLS = 4;

    /** What was measured: text lines across the frame and the share of its cells holding text. */
    record Measure(int glyphs, int wideLines, double cellShare) {
        /** Rows of text across the frame and text in most of its cells. */
        boolean textFilled() {
            return wideLines >= 5 && cellShare >= 0.7;
        }
    }

    private TextFilledFrame() {
    }

    static Measure measure(RgbImage rgb, PlotFrame frame, int background) {
        Region inside = Region.around(frame, -3, rgb);
        if (inside.width() < 20 || inside.height() < 20) {
            return new Measure(0, 0, 0);
        }
        int w = inside.width();
        int h = inside.height();
        int backLuma = RgbImage.luma(background);
        boolean[] ink = new boolean[w * h];
        boolean[] plain = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb.rgb(inside.left() + x, inside.top() + y);
                // Dark pixels well below the background: letters. Sub-pixel (ClearType) smoothing colours a
                // letter's upright strokes, so very dark pixels count whatever their colour; a letter still
                // has uncoloured pixels (its flat strokes), a dash of a dark blue curve has none.
                int luma = RgbImage.luma(p);
                boolean uncoloured = RgbImage.chroma(p) < 70;
                ink[y * w + x] = luma < Math.min(150, backLuma - 60) && (uncoloured || luma < 100);
                plain[y * w + x] = ink[y * w + x] && uncoloured;
            }
        }
        int maxHeight = Math.max(6, Math.min(40, h / 4));
        List<Blob> glyphs = new ArrayList<>();
        for (Blob b : Blobs.of(ink, w, h)) {
            // A letter or a word: a few pixels to a line of text tall, not a long rule or a curve.
            if (b.height() >= 5 && b.height() <= maxHeight && b.width() <= 6 * b.height()
                    && b.pixels().length >= 6 && b.pixels().length <= 0.8 * b.width() * b.height()
                    && plainShare(b, plain) >= 0.2) {
                glyphs.add(b);
            }
        }
        if (glyphs.size() < 12) {
            return new Measure(glyphs.size(), 0, 0);
        }
        int[][] cells = new int[CELLS][CELLS];
        for (Blob b : glyphs) {
            int cx = Math.min(CELLS - 1, (int) (b.centerX() * CELLS / w));
            int cy = Math.min(CELLS - 1, (int) (b.centerY() * CELLS / h));
            cells[cy][cx]++;
        }
        int withText = 0;
        for (int[] row : cells) {
            for (int n : row) {
                withText += n >= 2 ? 1 : 0;
            }
        }
        return new Measure(glyphs.size(), wideLines(glyphs, w), withText / (double) (CELLS * CELLS));
    }

    private static double plainShare(Blob b, boolean[] plain) {
        int n = 0;
        for (int p : b.pixels()) {
            n += plain[p] ? 1 : 0;
        }
        return n / (double) b.pixels().length;
    }

    /** Lines of text (glyphs sharing a band of rows) whose words reach across half the frame or more. */
    private static int wideLines(List<Blob> glyphs, int width) {
        List<Blob> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(Blob::centerY));
        int lines = 0;
        int i = 0;
        while (i < byY.size()) {
            Blob first = byY.get(i);
            double tolerance = Math.max(2, first.height() * 0.5);
            int left = first.left();
            int right = first.right();
            int count = 1;
            int j = i + 1;
            while (j < byY.size() && byY.get(j).centerY() - first.centerY() <= tolerance) {
                left = Math.min(left, byY.get(j).left());
                right = Math.max(right, byY.get(j).right());
                count++;
                j++;
            }
            if (count >= 4 && right - left >= 0.5 * width) {
                lines++;
            }
            i = j;
        }
        return lines;
    }
}
