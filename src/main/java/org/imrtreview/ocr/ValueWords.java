package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Two readings the engine gets wrong on almost every dose table, corrected where the pixels or the
 * word itself leave no doubt:
 * <ul>
 * <li>the unit "Gy" read "Gv" (the y's tail lost in a scan): "Gv", "cGv" and a number glued to it
 * ("54Gv", "V70Gv") become "Gy" — no word of a dose table ends in "Gv";</li>
 * <li>"≤" read "&lt;" (the engine drops the bar under it): a "&lt;" or "&gt;" whose box has a
 * straight bar of ink under its point, as wide as most of the sign, becomes "≤" or "≥".</li>
 * </ul>
 * Nothing else is changed: a correction that needs a guess is left to the doubts (decision 0250).
 */
final class ValueWords {

    private ValueWords() {
    }

    static List<OcrWord> fix(List<OcrWord> words, GreyImage page, int threshold) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            out.add(withBars(unit(w), page, threshold));
        }
        return out;
    }

    /** "Gv" as a unit is "Gy". */
    static OcrWord unit(OcrWord w) {
        String t = w.text();
        String fixed = t.replaceAll("^(c?)G[vV]([.,;:)]?)$", "$1Gy$2").replaceAll("(\\d)G[vV]\\b", "$1Gy");
        if (fixed.equals(t)) {
            return w;
        }
        return w.withText(fixed, sameLength(w.symbols(), t, fixed));
    }

    /** The characters with their texts from {@code fixed} when only letters changed in place. */
    private static List<OcrSymbol> sameLength(List<OcrSymbol> symbols, String before, String after) {
        if (before.length() != after.length() || symbols.size() != before.length()) {
            return symbols;
        }
        List<OcrSymbol> out = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            OcrSymbol s = symbols.get(i);
            out.add(new OcrSymbol(String.valueOf(after.charAt(i)), s.x0(), s.y0(), s.x1(), s.y1()));
        }
        return out;
    }

    /** "&lt;" with a bar under it is "≤" (and "&gt;" is "≥"). */
    static OcrWord withBars(OcrWord w, GreyImage page, int threshold) {
        if (page == null || (w.text().indexOf('<') < 0 && w.text().indexOf('>') < 0)) {
            return w;
        }
        List<OcrSymbol> symbols = w.symbols();
        StringBuilder joined = new StringBuilder();
        symbols.forEach(s -> joined.append(s.text()));
        if (!joined.toString().equals(w.text())) {
            return w; // boxes not the engine's own
        }
        List<OcrSymbol> out = new ArrayList<>(symbols);
        boolean changed = false;
        boolean thick = false;
        for (int i = 0; i < symbols.size(); i++) {
            OcrSymbol s = symbols.get(i);
            if (!(s.text().equals("<") || s.text().equals(">"))) {
                continue;
            }
            Bar bar = bar(s, page, threshold);
            if (bar == Bar.THICK && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.thickBars"))) {
                thick = true; // decision 0487: left "<", the stricter sign, and doubted
            } else if (bar != Bar.NONE) {
                out.set(i, new OcrSymbol(s.text().equals("<") ? "≤" : "≥", s.x0(), s.y0(), s.x1(), s.y1()));
                changed = true;
            }
        }
        if (!changed) {
            return thick ? w.doubted(OcrWord.Doubt.BAR_OR_STROKE) : w;
        }
        StringBuilder text = new StringBuilder();
        out.forEach(s -> text.append(s.text()));
        OcrWord fixed = w.withText(text.toString(), out);
        return thick ? fixed.doubted(OcrWord.Doubt.BAR_OR_STROKE) : fixed;
    }

    /** What lies under a sign: no bar, a bar, or ink as thick as a fifth of the sign (decision 0487). */
    enum Bar { NONE, BAR, THICK }

    /** As {@link #barUnder}: a bar under the sign, and whether it is thick. */
    static Bar bar(OcrSymbol s, GreyImage page, int threshold) {
        boolean[] thick = new boolean[1];
        return barUnder(s, page, threshold, thick) ? (thick[0] ? Bar.THICK : Bar.BAR) : Bar.NONE;
    }

    static boolean barUnder(OcrSymbol s, GreyImage page, int threshold) {
        return barUnder(s, page, threshold, new boolean[1]);
    }

    /**
     * A horizontal bar under the sign: the lowest rows of ink in the sign's column (its box, or just
     * below it) span at least 60 % of the sign's width, with paper between the bar and the sign's point.
     */
    /**
     * {@code thick[0]} is set when the bar's rows never narrowed up to a fifth of the sign's height: on a page
     * of coarse rows (a fax at 98 rows an inch, each drawn two or three pixels tall) the flat steps of the
     * sign's own lower arm make such a band, and so may a bar; which it is cannot be told (decision 0487).
     */
    static boolean barUnder(OcrSymbol s, GreyImage page, int threshold, boolean[] thick) {
        int width = s.x1() - s.x0();
        int height = s.y1() - s.y0();
        if (width < 4 || height < 4) {
            return false;
        }
        int yEnd = Math.min(page.h - 1, s.y1() + height / 2);
        int x0 = Math.max(0, s.x0());
        int x1 = Math.min(page.w - 1, s.x1());
        // from the bottom up: the first row with ink, then how wide the ink is in it and the row above
        int bar = -1;
        for (int y = yEnd; y >= Math.max(0, s.y0() + height / 3); y--) {
            if (span(page, threshold, x0, x1, y) > 0) {
                bar = y;
                break;
            }
        }
        if (bar < 0) {
            return false;
        }
        // the bar's rows: a bar faxed at a tilt is a staircase, each row covering only part of it,
        // so its rows are taken together (as far up as they stay a band under a fifth of the sign)
        int barTop = bar;
        boolean[] covered = new boolean[x1 - x0 + 1];
        int union = 0;
        int softEdge = 0;
        boolean narrowed = false;
        for (int y = bar; y >= Math.max(0, bar - softEdge - Math.max(2, height / 5)); y--) {
            int inRow = span(page, threshold, x0, x1, y);
            if (inRow < 0.35 * width) { // a row of the sign's slanting arm is narrower
                if (union == 0 && softEdge < 2) { // ... but under the bar its soft lower edge may pass the threshold in a few pixels
                    softEdge++;
                    continue;
                }
                narrowed = true;
                break;
            }
            if (runsOn(page, threshold, x0, x1, y, width)) {
                return false;
            }
            for (int x = x0; x <= x1; x++) {
                if (page.at(x, y) <= threshold && !covered[x - x0]) {
                    covered[x - x0] = true;
                    union++;
                }
            }
            barTop = y;
        }
        if (union < 0.6 * width) {
            return false;
        }
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.barUnderPoint"))
                && !reachesUnderThePoint(covered, s.text().equals("<"))) {
            return false; // the foot of the sign's own lower arm, drawn in a few coarse rows (decision 0371)
        }
        if (softEdge > 0 && span(page, threshold, x0, x1, barTop - 1) > 0 && span(page, threshold, x0, x1, barTop - 2) > 0) {
            return false; // past a soft edge only a bar with paper right above it: not the foot of the sign's own arm
        }
        thick[0] = !narrowed && bar - barTop + 1 >= 4;
        // the sign's lower arm meets the bar only at one end: above the bar a row with much narrower ink
        for (int y = barTop - 1; y >= Math.max(0, barTop - Math.max(3, height / 3)); y--) {
            if (span(page, threshold, x0, x1, y) < 0.4 * width) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bar under "&lt;" runs under its point, at the sign's left end ("&gt;": right end); the foot of the
     * sign's lower arm does not: it starts where the arm comes down, a third of the way across. A page
     * of coarse rows (a fax at 98 rows an inch, each row drawn three pixels tall) turns that arm into
     * flat steps whose lowest two look like a bar under the sign's right two thirds. Decision 0371.
     */
    static boolean reachesUnderThePoint(boolean[] covered, boolean pointLeft) {
        int n = covered.length;
        int end = Math.max(1, (int) Math.ceil(0.2 * n));
        for (int i = 0; i < end; i++) {
            if (covered[pointLeft ? i : n - 1 - i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bar row's ink goes on well past the sign on either side: a table rule or an underline, not
     * the bar of a "≤". Read as "≤" it would loosen the limit, so the sign stays "&lt;" (fails closed).
     */
    private static boolean runsOn(GreyImage page, int threshold, int x0, int x1, int y, int width) {
        int reach = Math.max(3, width / 2);
        int leftFrom = x0 - 2 - reach;
        int rightTo = x1 + 2 + reach;
        boolean left = leftFrom >= 0 && span(page, threshold, leftFrom, x0 - 3, y) >= 0.8 * reach;
        boolean right = rightTo < page.w && span(page, threshold, x1 + 3, rightTo, y) >= 0.8 * reach;
        return left || right;
    }

    /** Ink pixels in row {@code y} between x0 and x1. */
    private static int span(GreyImage page, int threshold, int x0, int x1, int y) {
        int n = 0;
        for (int x = x0; x <= x1; x++) {
            if (page.at(x, y) <= threshold) {
                n++;
            }
        }
        return n;
    }
}
