package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Which way a comparison sign points, from the broken strokes a fax left of it, when no reading finds it. A
 * "&lt;" of a serif face is two hairlines; a 1-bit fax at a tilt keeps them as single pixels touching at their
 * corners, or one arm only, which the engine reads as nothing, "~" or "-" (decision 0372 found no sign on the
 * fine fax's five). What is left still shows the sign's geometry: its point on the line's middle (half the
 * digits' height above their foot) and its arms spreading from there, to the right for "&lt;", to the left for
 * "&gt;". The ink between a constraint's metric and its number, outside every word box — the cleaned page's
 * and the specks the clean-up whitened ({@link WhitenedInk}) — is gathered into one cluster; when it is a
 * stroke of a sign's size whose distance from the middle line grows steadily towards one side and starts on
 * that line, the sign is "&lt;" or "&gt;". A bar under it ("≤", "≥") cannot be ruled out from a broken sign,
 * so ink like a bar gives no sign at all, and a sign found this way is always doubted
 * ({@link OcrWord.Doubt#SIGN_FROM_STROKES}); "&lt;" is the stricter of "&lt;" and "≤". Decision 0411.
 */
final class SignStrokes {
    /** Pieces of one broken stroke are no further apart than this (in digit heights). */
    static final double LINK = 0.45;
    /** The end the sign points to lies this near the middle line (digit heights)... */
    static final double POINT_NEAR = 0.15;
    /** ... and its arms end at least this much further from it. */
    static final double SPREAD = 0.12;
    /** Fewest ink pixels of a stroke at 320 dpi (scaled by the digit height). */
    static final double LEAST_INK = 0.17;

    private SignStrokes() {
    }

    /**
     * The sign ("&lt;" or "&gt;") whose strokes lie between {@code left} (the metric) and {@code right} (the
     * number), as a word doubted {@link OcrWord.Doubt#SIGN_FROM_STROKES}; null when the ink there shows none.
     */
    static OcrWord between(OcrWord left, OcrWord right, List<OcrWord> words, GreyImage page, int threshold,
                           WhitenedInk specks) {
        int[] digit = digitBox(right);
        int h = digit[3] - digit[1];
        if (h < 8) {
            return null;
        }
        double middle = digit[3] - 0.5 * h;
        int gx0 = left.x1() + 1;
        int gx1 = right.x0() - 1;
        if (gx1 - gx0 < 0.3 * h || gx1 - gx0 > 3 * h) {
            return null;
        }
        int gy0 = (int) Math.max(0, Math.floor(middle - 0.6 * h));
        int gy1 = (int) Math.min(page.h - 1, Math.ceil(middle + 0.6 * h));
        List<int[]> ink = new ArrayList<>();
        for (int y = gy0; y <= gy1; y++) {
            for (int x = Math.max(0, gx0); x <= Math.min(page.w - 1, gx1); x++) {
                if (inAnyBox(words, x, y)) {
                    continue;
                }
                if ((page.px[y * page.w + x] & 0xFF) < threshold || specks.at(x, y)) {
                    ink.add(new int[] {x, y});
                }
            }
        }
        List<int[]> stroke = largestCluster(ink, LINK * h);
        if (stroke.size() < Math.max(6, LEAST_INK * h)) {
            return null;
        }
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int[] p : stroke) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        int width = x1 - x0 + 1;
        int height = y1 - y0 + 1;
        if (width < 0.25 * h || width > 1.1 * h || height < 0.2 * h || height > 0.9 * h) {
            return null; // a speck, a dash, or more than a sign
        }
        if (bar(stroke, middle, h, width)) {
            return null; // "≤" or "≥" cannot be told from a sign that lost its arms
        }
        // how far from the middle line the ink lies at the left and the right end of the stroke (medians: a speck
        // of the fax joined to the stroke does not move them)
        List<Double> leftEnd = new ArrayList<>();
        List<Double> rightEnd = new ArrayList<>();
        for (int[] p : stroke) {
            double u = (p[0] - x0) / (double) Math.max(1, width - 1);
            double off = Math.abs(p[1] - middle) / h;
            if (u <= 0.3) {
                leftEnd.add(off);
            } else if (u >= 0.7) {
                rightEnd.add(off);
            }
        }
        if (leftEnd.isEmpty() || rightEnd.isEmpty()) {
            return null;
        }
        double left3 = median(leftEnd);
        double right3 = median(rightEnd);
        String sign;
        if (left3 <= POINT_NEAR && right3 - left3 >= SPREAD && steady(stroke, x0, width, middle, h, true)) {
            sign = "<";
        } else if (right3 <= POINT_NEAR && left3 - right3 >= SPREAD && steady(stroke, x0, width, middle, h, false)) {
            sign = ">";
        } else {
            return null;
        }
        return new OcrWord(sign, x0, y0, x1 + 1, y1 + 1, 0.3, left.line(), left.baseline(),
                List.of(new OcrSymbol(sign, x0, y0, x1 + 1, y1 + 1)), OcrWord.Doubt.SIGN_FROM_STROKES);
    }

    /** The box {x0, y0, x1, y1} of the number's first digit (the word's box when its characters are not known). */
    private static int[] digitBox(OcrWord w) {
        for (OcrSymbol s : w.symbols()) {
            if (s.text().length() == 1 && Character.isDigit(s.text().charAt(0))) {
                return new int[] {s.x0(), s.y0(), s.x1(), s.y1()};
            }
        }
        return new int[] {w.x0(), w.y0(), w.x1(), w.y1()};
    }

    /**
     * Whether the distance from the middle line grows from the pointed end to the open end: over each third of
     * the stroke's width, taken from the pointed end, the mean distance is at least the last third's less a
     * little (a sign's arm, not a blot at one end).
     */
    private static boolean steady(List<int[]> stroke, int x0, int width, double middle, int h, boolean pointsLeft) {
        List<List<Double>> thirds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int[] p : stroke) {
            double u = (p[0] - x0) / (double) Math.max(1, width - 1);
            if (!pointsLeft) {
                u = 1 - u;
            }
            thirds.get(Math.min(2, (int) (u * 3))).add(Math.abs(p[1] - middle) / h);
        }
        double last = -1;
        for (List<Double> third : thirds) {
            if (third.isEmpty()) {
                continue; // a gap in a broken stroke
            }
            double m = median(third);
            if (m < last - 0.05) {
                return false;
            }
            last = m;
        }
        return true;
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        java.util.Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** Ink in the lower part, flat and wide: the bar of "≤" or "≥". */
    private static boolean bar(List<int[]> stroke, double middle, int h, int width) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int[] p : stroke) {
            if (p[1] > middle + 0.3 * h) {
                lo = Math.min(lo, p[0]);
                hi = Math.max(hi, p[0]);
                top = Math.min(top, p[1]);
                bottom = Math.max(bottom, p[1]);
            }
        }
        return hi >= 0 && hi - lo + 1 >= 0.5 * width && bottom - top <= 0.12 * h;
    }

    /** The largest group of points each within {@code link} of another of the group. */
    static List<int[]> largestCluster(List<int[]> points, double link) {
        int n = points.size();
        int[] group = new int[n];
        java.util.Arrays.fill(group, -1);
        List<int[]> best = List.of();
        double l2 = link * link;
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                continue;
            }
            List<int[]> members = new ArrayList<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(i);
            group[i] = i;
            while (!queue.isEmpty()) {
                int a = queue.poll();
                members.add(points.get(a));
                for (int b = 0; b < n; b++) {
                    if (group[b] < 0) {
                        double dx = points.get(a)[0] - points.get(b)[0];
                        double dy = points.get(a)[1] - points.get(b)[1];
                        if (dx * dx + dy * dy <= l2) {
                            group[b] = i;
                            queue.add(b);
                        }
                    }
                }
            }
            if (members.size() > best.size()) {
                best = members;
            }
        }
        return best;
    }

    private static boolean inAnyBox(List<OcrWord> words, int x, int y) {
        for (OcrWord w : words) {
            if (x >= w.x0() && x < w.x1() && y >= w.y0() && y < w.y1()) {
                return true;
            }
        }
        return false;
    }
}
