package org.imrtreview.digitize;

import java.util.List;
import java.util.Optional;

/**
 * Finds the line of text to the right of a legend swatch: its rows are the run of ink rows around
 * the swatch's centre line (stopping at a gap, so the entries above and below stay out), its columns
 * run from the first ink after the swatch until a gap wider than about 1.2 letter heights, the next
 * swatch on the same row, or a legend border (a vertical line taller than the text).
 *
 * <p>Text is usually black; some planning systems write it in the curve's colour. Which one this
 * legend uses is decided from the ink just right of the swatch.
 */
final class LegendTextLocator {
    /** Where the text is, inclusive, and what its ink looks like. */
    record TextBox(int left, int top, int right, int bottom, int background, int ink, boolean coloured,
                   int dropFrom, int dropTo) {
        /** Whether row {@code y} is in the gap between letters and a low underscore (dropped from the OCR image). */
        boolean dropped(int y) {
            return y >= dropFrom && y <= dropTo;
        }

        int height() {
            return bottom - top + 1;
        }

        int width() {
            return right - left + 1;
        }
    }

    private static final int MIN_TEXT_HEIGHT = 6;
    private final RgbImage image;

    LegendTextLocator(RgbImage image) {
        this.image = image;
    }

    Optional<TextBox> locate(LegendSwatch swatch, List<LegendSwatch> all, int curveRgb) {
        int cy = swatch.centerY();
        int radius = radius(swatch, all);
        int x0 = swatch.right() + 2;
        int xLimit = nextOnRow(swatch, all, radius);
        if (x0 >= xLimit - MIN_TEXT_HEIGHT) {
            return Optional.empty();
        }
        int y0 = Math.max(0, cy - radius);
        int y1 = Math.min(image.height() - 1, cy + radius);
        int background = background(x0, Math.min(xLimit, x0 + 12 * radius), y0, y1);
        Ink ink = chooseInk(x0, Math.min(xLimit, x0 + 8 * radius), cy, radius, background, curveRgb);
        if (ink == null) {
            return Optional.empty();
        }
        int windowRight = Math.min(xLimit, x0 + 12 * radius);
        int[] rows = textRows(ink, x0, windowRight, cy, y0, y1);
        if (rows == null) {
            return Optional.empty();
        }
        int top = rows[0];
        int bottom = rows[1];
        int height = rows[2] - top + 1;
        // A swatch sits level with the middle of its text. A "swatch" at the edge of the ink (a
        // curve's plateau running along a legend box, or two lines of text run together) is not one.
        if (Math.abs((top + rows[2]) / 2.0 - cy) > 0.3 * height + 1) {
            return Optional.empty();
        }
        int[] cols = textColumns(ink, x0, xLimit, top, bottom, height);
        if (cols == null) {
            return Optional.empty();
        }
        return Optional.of(new TextBox(cols[0], top, cols[1], bottom, background, ink.colour, ink.coloured,
                rows[3], rows[4]));
    }

    /** Half the distance to the nearest swatch above or below in the same legend column; 40 px when alone. */
    private int radius(LegendSwatch s, List<LegendSwatch> all) {
        int best = 80;
        for (LegendSwatch o : all) {
            if (o == s || o.right() < s.left() - s.width() || o.left() > s.right() + s.width()) {
                continue;
            }
            int dy = Math.abs(o.centerY() - s.centerY());
            if (dy > 3) {
                best = Math.min(best, dy);
            }
        }
        return Math.max(MIN_TEXT_HEIGHT, best / 2);
    }

    /** The text ends before the next swatch on the same row (legends laid out side by side). */
    private int nextOnRow(LegendSwatch s, List<LegendSwatch> all, int radius) {
        int limit = image.width() - 1;
        for (LegendSwatch o : all) {
            if (o != s && o.left() > s.right() && Math.abs(o.centerY() - s.centerY()) < radius) {
                limit = Math.min(limit, o.left() - 2);
            }
        }
        return limit;
    }

    /** The most common colour (coarsely quantised) of the area: the legend's background. */
    private int background(int x0, int x1, int y0, int y1) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int best = 0xFFFFFF;
        int bestCount = -1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int p = image.rgb(x, y);
                int key = p & 0xF0F0F0;
                int n = counts.merge(key, 1, Integer::sum);
                if (n > bestCount) {
                    bestCount = n;
                    best = p;
                }
            }
        }
        return best & 0xFFFFFF;
    }

    /** Uncoloured text (black, dark gray, or light on dark) unless only the curve's colour is found there. */
    private Ink chooseInk(int x0, int x1, int cy, int radius, int background, int curveRgb) {
        Ink plain = new Ink(false, RgbImage.luma(background) > 127 ? 0x000000 : 0xFFFFFF, background);
        Ink coloured = new Ink(true, curveRgb & 0xFFFFFF, background);
        int band = Math.max(3, radius / 2);
        int plainCount = 0;
        int colouredCount = 0;
        for (int y = Math.max(0, cy - band); y <= Math.min(image.height() - 1, cy + band); y++) {
            for (int x = x0; x <= x1; x++) {
                int p = image.rgb(x, y);
                if (plain.is(p)) {
                    plainCount++;
                } else if (coloured.is(p)) {
                    colouredCount++;
                }
            }
        }
        if (plainCount >= 6) {
            return plain;
        }
        return colouredCount >= 12 && RgbImage.distance(curveRgb, background) > 120 ? coloured : null;
    }

    private int[] textRows(Ink ink, int x0, int x1, int cy, int y0, int y1) {
        int n = y1 - y0 + 1;
        int[] count = new int[n];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (ink.is(image.rgb(x, y))) {
                    count[y - y0]++;
                }
            }
        }
        int width = x1 - x0 + 1;
        int start = -1;
        for (int d = 0; d <= (y1 - y0) / 2 + 2 && start < 0; d++) {
            for (int y : new int[] {cy - d, cy + d}) {
                if (y >= y0 && y <= y1 && isTextRow(count[y - y0], width)) {
                    start = y;
                    break;
                }
            }
        }
        if (start < 0 || Math.abs(start - cy) > Math.max(4, (y1 - y0) / 3)) {
            return null;
        }
        int top = extend(count, start - y0, -1, width) + y0;
        int bottom = extend(count, start - y0, +1, width) + y0;
        if (bottom - top + 1 < MIN_TEXT_HEIGHT) {
            return null;
        }
        int under = underscoreBelow(count, bottom - y0, bottom - top + 1, width) + y0;
        if (under == bottom) {
            return new int[] {top, bottom, bottom, -1, -1};
        }
        int underTop = under;
        while (count[underTop - 1 - y0] > 0) {
            underTop--;
        }
        // Keep one empty row between letters and underscore, as in larger fonts; drop the rest.
        return new int[] {top, under, bottom, bottom + 2, underTop - 1};
    }

    /**
     * Small fonts put the underscore of "Parotid_L" two or three rows under the letters, past the
     * one-row gap {@link #extend} bridges. A thin run of ink rows just below, followed by an empty
     * row, is taken in; the next entry's letters are taller than that and stay out.
     */
    private static int underscoreBelow(int[] count, int bottom, int height, int width) {
        int maxGap = Math.max(2, height / 3);
        int maxThickness = Math.max(2, height / 6);
        int j = bottom + 1;
        while (j < count.length && j - bottom - 1 < maxGap && count[j] == 0) {
            j++;
        }
        if (j >= count.length || j == bottom + 1 || !isTextRow(count[j], width)) {
            return bottom;
        }
        int runStart = j;
        while (j < count.length && isTextRow(count[j], width)) {
            j++;
        }
        boolean thin = j - runStart <= maxThickness;
        boolean endsClean = j >= count.length || count[j] == 0;
        return thin && endsClean ? j - 1 : bottom;
    }

    /** A legend box's top or bottom border is ink along nearly the whole window: not text. */
    private static boolean isTextRow(int ink, int width) {
        return ink > 0 && ink < 0.85 * width;
    }

    /** From row {@code i}, step while rows have text ink, bridging one empty row (the dot over an i). */
    private static int extend(int[] count, int i, int step, int width) {
        int last = i;
        int j = i + step;
        while (j >= 0 && j < count.length) {
            if (isTextRow(count[j], width)) {
                last = j;
            } else if (Math.abs(j - last) > 1) {
                break;
            } else if (count[j] >= 0.85 * width) {
                break;
            }
            j += step;
        }
        return last;
    }

    private int[] textColumns(Ink ink, int x0, int xLimit, int top, int bottom, int height) {
        int maxLead = Math.max(30, 3 * height);
        // A word space is 0.25-0.35 em in proportional fonts but a whole letter cell in monospaced
        // ones; the next entry is stopped by its swatch, so a generous gap costs little.
        int maxGap = Math.max(6, (int) Math.round(1.2 * height));
        int maxLength = 40 * height;
        // A long thin stroke across the middle of the line is no letter: it is the next entry's
        // swatch, washed out to gray by JPEG so it was not seen as coloured.
        int swatchRun = Math.max(8, (int) Math.round(0.8 * height));
        int thin = Math.max(2, height / 5);
        int first = -1;
        int last = -1;
        int lastBeforeThin = -1;
        int thinRun = 0;
        for (int x = x0; x <= xLimit; x++) {
            int n = 0;
            int minY = Integer.MAX_VALUE;
            int maxY = -1;
            for (int y = top; y <= bottom; y++) {
                if (ink.is(image.rgb(x, y))) {
                    n++;
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            if (n > 0 && isBorder(ink, x, top, bottom)) {
                break;
            }
            if (first >= 0 && !ink.coloured() && hasCurveColour(x, top, bottom)) {
                break; // the next entry's swatch, when it was not recognised as one
            }
            boolean thinMiddle = n > 0 && maxY - minY <= thin && minY > top + height / 4 && maxY < bottom - height / 4;
            if (thinMiddle) {
                if (thinRun == 0) {
                    lastBeforeThin = last;
                }
                thinRun++;
                if (first >= 0 && thinRun >= swatchRun && lastBeforeThin >= first) {
                    last = lastBeforeThin;
                    break;
                }
            } else {
                thinRun = 0;
            }
            if (n > 0) {
                if (first < 0) {
                    first = x;
                }
                last = x;
            } else if (first < 0 && x - x0 > maxLead) {
                return null;
            } else if (first >= 0 && x - last > maxGap) {
                break;
            }
            if (first >= 0 && x - first > maxLength) {
                break;
            }
        }
        return first < 0 || last - first + 1 < MIN_TEXT_HEIGHT / 2 ? null : new int[] {first, last};
    }

    private boolean hasCurveColour(int x, int top, int bottom) {
        int n = 0;
        for (int y = top; y <= bottom; y++) {
            if (RgbImage.chroma(image.rgb(x, y)) >= 100) {
                n++;
            }
        }
        return n >= 2;
    }

    /** A vertical line running past the text's rows both above and below it: the legend's border. */
    private boolean isBorder(Ink ink, int x, int top, int bottom) {
        int reach = Math.max(3, (bottom - top) / 3);
        for (int y = Math.max(0, top - reach); y <= Math.min(image.height() - 1, bottom + reach); y++) {
            if (!ink.is(image.rgb(x, y))) {
                return false;
            }
        }
        return true;
    }

    /** What counts as text ink: far from the background towards the ink colour. */
    record Ink(boolean coloured, int colour, int background) {
        boolean is(int p) {
            if (coloured) {
                return RgbImage.distance(p, colour) < 0.45 * RgbImage.distance(colour, background);
            }
            return RgbImage.chroma(p) < 80 && Math.abs(RgbImage.luma(p) - RgbImage.luma(background)) > 70;
        }

        /** 0 (background) .. 1 (ink): the pixel's position on the segment from background to ink colour. */
        double strength(int p) {
            if (!coloured && RgbImage.chroma(p) >= 80) {
                return 0;
            }
            double[] b = channels(background);
            double[] c = channels(colour);
            double[] v = channels(p);
            double dot = 0;
            double len = 0;
            for (int i = 0; i < 3; i++) {
                dot += (v[i] - b[i]) * (c[i] - b[i]);
                len += (c[i] - b[i]) * (c[i] - b[i]);
            }
            return len == 0 ? 0 : Math.max(0, Math.min(1, dot / len));
        }

        private static double[] channels(int rgb) {
            return new double[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        }
    }
}
