package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Second opinions on the numbers of a page, because the engine is often sure of a wrong digit or a
 * lost decimal point ("46 0%" or "97%" for "9.7%", "541 Gy" for "54.1 Gy"). Two checks, whatever
 * the engine's confidence:
 * <ol>
 * <li><b>Read again enlarged.</b> Each run of neighbouring words holding digits (a value with its
 * unit, "D40% &lt;7.3 Gy") is cut from the page and read again at {@link #SCALES} (1.6 x, then
 * 2.3 x); when its
 * digits and decimal marks differ from the first reading, every word of the run with a digit is
 * doubted ({@link OcrWord.Doubt#REREAD_DIFFERS}). The first reading is kept (neither is known to be
 * right): the nurse compares it with the page. A reading that comes back blank is no opinion: it is
 * replaced by one at {@link #SPARE_SCALES}, and the run is trusted only when as many readings agree as
 * {@link #SCALES} asks and none differs (decision 0322).</li>
 * <li><b>An unread point.</b> A dot-sized ink mark on the baseline in the gap between two digits of
 * a word, where the text has no decimal mark, doubts the word ({@link OcrWord.Doubt#POINT_UNREAD}).</li>
 * </ol>
 * A disagreement never changes a value; it only marks the word, and a marked word's cell does not
 * support approval until the nurse confirms it. Decision 0250.
 */
final class NumberCheck {
    /** Enlargement for the second reading (1.6 x measured best of 1.4-2.0 on the scan bench). */
    static final double SCALE = 1.6;
    /**
     * The enlargements each number is read at: 1.6 x, then 2.3 x when the first agrees (a fax's
     * "190" read "199" at 91 % and again at 1.6 x; decision 0255).
     */
    static final double[] SCALES = java.util.Arrays.stream(System.getProperty("imrt.ocr.checkScales", "1.6,2.3").split(","))
            .mapToDouble(Double::parseDouble).toArray();
    /**
     * Enlargements read in place of one of {@link #SCALES} that read nothing at all (a blank line from the
     * engine is no opinion on the digits; decision 0322).
     */
    static final double[] SPARE_SCALES = java.util.Arrays.stream(System.getProperty("imrt.ocr.spareScales", "2.0,1.3").split(","))
            .filter(x -> !x.isBlank()).mapToDouble(Double::parseDouble).toArray();
    /**
     * The enlargements each number of a 1-bit page (a fax) is read at: {@link #SCALES} and the page's own size
     * (1.0 x), cut out alone. On a fax the enlarged readings share the fax's broken strokes and agree on a
     * wrong digit ("24.3" for 34.3, read surely); read at its own size, cut from the page, the engine sees the
     * strokes otherwise and disagrees often enough to doubt it (decision 0488).
     */
    static final double[] FAX_SCALES = java.util.Arrays.stream(System.getProperty("imrt.ocr.faxCheckScales", "1.6,2.3,1.0")
            .split(",")).filter(x -> !x.isBlank()).mapToDouble(Double::parseDouble).toArray();
    /** Words closer than this (in word heights) belong to one run ("46" "0%", "54" "Gy"). */
    static final double RUN_GAP = 0.9;

    private NumberCheck() {
    }

    /** The words, with doubts added where a second look at the pixels disagrees with the reading. */
    static List<OcrWord> check(List<OcrWord> words, GreyImage page, int threshold, TextReader engine) {
        return check(words, page, threshold, engine, SCALES);
    }

    /** As above, each number read again at {@code scales}, which must all agree. */
    static List<OcrWord> check(List<OcrWord> words, GreyImage page, int threshold, TextReader engine, double[] scales) {
        List<OcrWord> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            OcrWord w = out.get(i);
            if (w.hasDigit() && unreadPoint(w, page, threshold)) {
                out.set(i, w.doubted(OcrWord.Doubt.POINT_UNREAD));
            }
        }
        if (engine == null || !engine.available()) {
            return out;
        }
        for (List<Integer> run : runs(out)) {
            String first = digits(run.stream().map(k -> out.get(k).text()).reduce("", (a, b) -> a + " " + b));
            boolean differs = false;
            boolean read = false;
            int agree = 0;
            int tried = 0;
            // the readings must agree scales.length times; one that reads nothing at all is no opinion (decision 0322):
            // another enlargement is tried in its place, and too few agreeing readings doubt the run as before
            for (int i = 0; i < scales.length + SPARE_SCALES.length && agree < scales.length && !differs; i++) {
                if (i >= scales.length && agree + (scales.length + SPARE_SCALES.length - i) < scales.length) {
                    break; // too few enlargements left to reach the agreement needed
                }
                double scale = i < scales.length ? scales[i] : SPARE_SCALES[i - scales.length];
                if (i >= scales.length && tried - agree == 0) {
                    break; // no reading came back empty: nothing to replace
                }
                BufferedImage crop = crop(page, run.stream().map(out::get).toList(), scale);
                if (crop == null) {
                    continue;
                }
                read = true;
                tried++;
                Optional<LineText> again = engine.readLine(crop, null);
                if (again.isEmpty() || again.get().text().isBlank()) {
                    continue; // read nothing: no second opinion either way
                }
                if (first.equals(digits(again.get().text()))) {
                    agree++;
                } else {
                    differs = true;
                }
            }
            differs |= read && agree < Math.min(scales.length, tried);
            if (read && differs) {
                for (int k : run) {
                    if (out.get(k).hasDigit()) {
                        out.set(k, out.get(k).doubted(OcrWord.Doubt.REREAD_DIFFERS));
                    }
                }
            }
        }
        return out;
    }

    /** Digits and decimal marks only: what must agree between the two readings. */
    static String digits(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c) || c == '.' || c == ',') {
                sb.append(c == ',' ? '.' : c);
            }
        }
        return sb.toString();
    }

    /** Runs of neighbouring words on one line, each run holding at least one word with a digit. */
    static List<List<Integer>> runs(List<OcrWord> words) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            boolean joins = false;
            if (!current.isEmpty()) {
                OcrWord prev = words.get(current.get(current.size() - 1));
                double height = Math.max(1, Math.max(prev.y1() - prev.y0(), w.y1() - w.y0()));
                joins = prev.line() == w.line() && w.x0() - prev.x1() < RUN_GAP * height && w.x0() >= prev.x0();
            }
            if (!joins) {
                close(current, words, out);
                current = new ArrayList<>();
            }
            current.add(i);
        }
        close(current, words, out);
        return out;
    }

    private static void close(List<Integer> run, List<OcrWord> words, List<List<Integer>> out) {
        if (run.isEmpty()) {
            return;
        }
        // trim word-only ends ("Brainstem Dmax" before "<54 Gy" stays out unless it holds a digit)
        int a = 0;
        int b = run.size() - 1;
        while (a <= b && !words.get(run.get(a)).hasDigit()) {
            a++;
        }
        while (b >= a && !words.get(run.get(b)).hasDigit() && !unit(words.get(run.get(b)).text())) {
            b--;
        }
        if (a <= b) {
            out.add(new ArrayList<>(run.subList(a, b + 1)));
        }
    }

    private static boolean unit(String s) {
        return s.matches("(?i)c?g[yv]\\.?|%|cc|cm3|ml");
    }

    /** The words' box with a margin, enlarged {@code scale} x, as a picture for the line reader. */
    static BufferedImage crop(GreyImage page, List<OcrWord> run, double scale) {
        return cropWithInkBack(page, run, List.of(), scale);
    }

    /**
     * Whether a dot-sized mark sits on the baseline between two neighbouring digits of the word
     * where its text has no decimal mark. Only when the engine's characters spell the word (their
     * boxes are then the engine's own, not spread evenly).
     */
    static boolean unreadPoint(OcrWord w, GreyImage page, int threshold) {
        List<OcrSymbol> s = w.symbols();
        StringBuilder joined = new StringBuilder();
        s.forEach(x -> joined.append(x.text()));
        if (!joined.toString().equals(w.text())) {
            return false;
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            OcrSymbol a = s.get(i);
            OcrSymbol b = s.get(i + 1);
            if (!isDigit(a.text()) || !isDigit(b.text())) {
                continue;
            }
            int height = Math.max(a.y1() - a.y0(), b.y1() - b.y0());
            int gx0 = a.x1() + 1;
            int gx1 = b.x0() - 1;
            if (height < 6 || gx1 - gx0 < Math.max(2, height / 8)) {
                continue; // digits touching: no room for a point
            }
            int bottom = Math.max(a.y1(), b.y1());
            if (dotIn(page, threshold, gx0, gx1, bottom - height / 3, bottom + height / 8, height)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words with a speck taken out between two of their digits doubted when no decimal mark was
     * read there ({@link OcrWord.Doubt#POINT_UNREAD}): the speck floated above the line, but were it a
     * point in a face that sets points higher, "9.7" would now read "97" (decision 0306).
     */
    static List<OcrWord> doubtAtRemovedSpecks(List<OcrWord> words, List<int[]> specks) {
        if (specks.isEmpty()) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            OcrWord w = out.get(i);
            for (int[] s : specks) {
                double cx = (s[0] + s[2]) / 2.0;
                double cy = (s[1] + s[3]) / 2.0;
                if (cx >= w.x0() && cx <= w.x1() && cy >= w.y0() && cy <= w.y1() && digitsBeside(w, cx)) {
                    out.set(i, w.doubted(OcrWord.Doubt.POINT_UNREAD));
                    break;
                }
            }
        }
        return out;
    }

    /** A value's number as no table writes it: "0" and another digit before any point ("04%", "&lt;05 Gy"), maybe a unit. */
    private static final java.util.regex.Pattern LEADING_ZERO =
            java.util.regex.Pattern.compile("^[<>\u2264\u2265]?0\\d+(?:[.,]\\d+)?(%|Gy|cGy|cc)?$");

    /**
     * The words holding a value read as "0" and another digit ("04%" for 0.4 %, on a page fed sideways whose decimal
     * point the first clean-up took for dust: decision 0414) doubted ({@link OcrWord.Doubt#LEADING_ZERO}): no dose,
     * volume or limit is written so, so a point was lost. A value is such a number with its unit on it or as the
     * next word of its line; a number alone ("RTOG 0617", a date's "05") is not looked at. Decision 0522.
     */
    static List<OcrWord> doubtLeadingZeros(List<OcrWord> words) {
        if ("false".equalsIgnoreCase(System.getProperty("imrt.ocr.leadingZero"))) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            java.util.regex.Matcher m = LEADING_ZERO.matcher(out.get(i).text());
            if (!m.matches()) {
                continue;
            }
            OcrWord next = i + 1 < out.size() && out.get(i + 1).line() == out.get(i).line() ? out.get(i + 1) : null;
            if (m.group(1) != null || next != null && next.text().matches("%|Gy|cGy|cc")) {
                out.set(i, out.get(i).doubted(OcrWord.Doubt.LEADING_ZERO));
            }
        }
        return out;
    }

    /** Pixels beyond the whitened band of a ruling within which a number is taken to have touched it (decision 0510). */
    static final int RULING_REACH = Integer.getInteger("imrt.ocr.rulingReach", 2);
    /** Whether horizontal rulings count too (measured: decision 0510). */
    static final boolean HORIZONTAL_RULINGS = Boolean.getBoolean("imrt.ocr.rulingDoubtHorizontal");

    /**
     * The words holding a digit whose box reaches within {@link #RULING_REACH} pixels of the band whitened around a
     * vertical table ruling ({@code half} pixels either side of its line) doubted ({@link OcrWord.Doubt#AT_RULING}):
     * the ruling touched the number, and whitening it took the touching stroke too, so a "6" beside the line read
     * "3" ("63.7 Gy" read "33.7", surely); the second readings are cut from the same cleaned page and agree
     * (decision 0510). A number a cell's padding keeps clear of its rulings ends farther from the band.
     */
    static final boolean INK_TAKEN = !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.rulingInkTaken"));

    /**
     * The words holding a digit beside which the whitening of a vertical ruling took ink that was not the line's own
     * ({@code taken}: {x, y} points, {@link PageCleaner#inkTakenBeside}), within the band's width of the word's box on
     * its rows, doubted ({@link OcrWord.Doubt#AT_RULING}). A number near a ruling that lost nothing is not doubted.
     */
    static List<OcrWord> doubtWhereRulingTookInk(List<OcrWord> words, List<int[]> taken, int half) {
        if (taken.isEmpty() || RULING_REACH < 0) {
            return words;
        }
        int reach = half + RULING_REACH;
        return doubtAtRuling(words, w -> taken.stream().anyMatch(t -> t[1] >= w.y0() && t[1] <= w.y1()
                && t[0] >= w.x0() - reach && t[0] <= w.x1() + reach));
    }

    /** Whether a number whose ink the whitening took is read again with that ink put back (decision 0520). */
    static final boolean REREAD_AT_RULING = !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.rulingReread"));

    /**
     * {@link #doubtWhereRulingTookInk(List, List, int)}, but a number is first read again from the page with the ink the
     * whitening took beside the line put back ({@code taken}'s {x, y, grey} points: the stroke of the "6" beside
     * the line, not the line itself, which stays white so it is not read as a "1" or "|"), at each of {@code scales},
     * cut out with its run as {@link #check} cuts it: when every reading gives the digits and points first read, the
     * stroke the line took did not change the reading and the number is not doubted; a reading that differs or
     * reads nothing doubts it ({@link OcrWord.Doubt#AT_RULING}), as before. The value read is never changed
     * (decision 0520).
     */
    static List<OcrWord> doubtWhereRulingTookInk(List<OcrWord> words, List<int[]> taken, int half, GreyImage page,
                                                 TextReader engine, double[] scales) {
        if (!REREAD_AT_RULING || engine == null || !engine.available() || page == null) {
            return doubtWhereRulingTookInk(words, taken, half);
        }
        if (taken.isEmpty() || RULING_REACH < 0) {
            return words;
        }
        int reach = half + RULING_REACH;
        java.util.function.Predicate<OcrWord> touched = w -> taken.stream().anyMatch(t -> t[1] >= w.y0() && t[1] <= w.y1()
                && t[0] >= w.x0() - reach && t[0] <= w.x1() + reach);
        List<OcrWord> out = new ArrayList<>(words);
        for (List<Integer> run : runs(words)) {
            List<Integer> at = run.stream().filter(k -> words.get(k).hasDigit() && touched.test(words.get(k))).toList();
            if (at.isEmpty()) {
                continue;
            }
            List<OcrWord> runWords = run.stream().map(words::get).toList();
            String first = digits(runWords.stream().map(OcrWord::text).reduce("", (a, b) -> a + " " + b));
            boolean same = true;
            for (double scale : scales) {
                BufferedImage crop = cropWithInkBack(page, runWords, taken, scale);
                Optional<LineText> again = crop == null ? Optional.empty() : engine.readLine(crop, null);
                if (again.isEmpty() || !first.equals(digits(again.get().text()))) {
                    same = false; // read otherwise with its stroke back, or not at all: the nurse looks
                    break;
                }
            }
            if (!same) {
                for (int k : at) {
                    out.set(k, out.get(k).doubted(OcrWord.Doubt.AT_RULING));
                }
            }
        }
        return out;
    }

    /** {@link #crop}, with the ink the rulings' whitening took beside the line ({x, y, grey}) put back first. */
    static BufferedImage cropWithInkBack(GreyImage page, List<OcrWord> run, List<int[]> taken, double scale) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (OcrWord w : run) {
            x0 = Math.min(x0, w.x0());
            y0 = Math.min(y0, w.y0());
            x1 = Math.max(x1, w.x1());
            y1 = Math.max(y1, w.y1());
        }
        int h = y1 - y0;
        int mx = (int) Math.ceil(0.5 * h);
        int my = (int) Math.ceil(0.35 * h);
        int cx0 = Math.max(0, x0 - mx);
        int cy0 = Math.max(0, y0 - my);
        int cx1 = Math.min(page.w, x1 + mx);
        int cy1 = Math.min(page.h, y1 + my);
        if (h < 4 || x1 - x0 < 4 || cx1 - cx0 < 4 || cy1 - cy0 < 4) {
            return null;
        }
        GreyImage part = new GreyImage(new byte[(cx1 - cx0) * (cy1 - cy0)], cx1 - cx0, cy1 - cy0);
        for (int y = 0; y < part.h; y++) {
            System.arraycopy(page.px, (cy0 + y) * page.w + cx0, part.px, y * part.w, part.w);
        }
        for (int[] t : taken) {
            if (t.length > 2 && t[0] >= cx0 && t[0] < cx1 && t[1] >= cy0 && t[1] < cy1) {
                int i = (t[1] - cy0) * part.w + (t[0] - cx0);
                part.px[i] = (byte) Math.min(part.px[i] & 0xFF, t[2]);
            }
        }
        return part.scaled(scale, scale).toBufferedImage();
    }

    static List<OcrWord> doubtAtRemovedRulings(List<OcrWord> words, List<OcrRule> rules, int half) {
        if (rules.isEmpty() || RULING_REACH < 0) {
            return words;
        }
        int reach = half + RULING_REACH;
        return doubtAtRuling(words, w -> rules.stream().anyMatch(r -> r.horizontal()
                ? HORIZONTAL_RULINGS && w.x1() >= r.start() && w.x0() <= r.end()
                        && w.y0() <= r.position() + reach && w.y1() >= r.position() - reach
                : w.y1() >= r.start() && w.y0() <= r.end()
                        && w.x0() <= r.position() + reach && w.x1() >= r.position() - reach));
    }

    /** The words, each holding a digit that {@code touched} a ruling doubted ({@link OcrWord.Doubt#AT_RULING}). */
    private static List<OcrWord> doubtAtRuling(List<OcrWord> words, java.util.function.Predicate<OcrWord> touched) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            out.add(w.hasDigit() && touched.test(w) ? w.doubted(OcrWord.Doubt.AT_RULING) : w);
        }
        return out;
    }

    /** Whether the characters left and right of {@code x} are both digits with no decimal mark read at {@code x}. */
    private static boolean digitsBeside(OcrWord w, double x) {
        OcrSymbol left = null;
        OcrSymbol right = null;
        for (OcrSymbol s : w.symbols()) {
            if (s.x0() <= x && x <= s.x1() && (s.text().equals(".") || s.text().equals(","))) {
                return false;
            }
            double c = (s.x0() + s.x1()) / 2.0;
            if (c < x && (left == null || c > (left.x0() + left.x1()) / 2.0)) {
                left = s;
            }
            if (c > x && (right == null || c < (right.x0() + right.x1()) / 2.0)) {
                right = s;
            }
        }
        return left != null && right != null && isDigit(left.text()) && isDigit(right.text());
    }

    private static boolean isDigit(String t) {
        return t.length() == 1 && Character.isDigit(t.charAt(0));
    }

    /** An ink blob inside the box, at most a quarter of the digit height across, touching the box's lower part. */
    private static boolean dotIn(GreyImage page, int threshold, int x0, int x1, int y0, int y1, int height) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.w - 1, x1);
        y1 = Math.min(page.h - 1, y1);
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (page.at(x, y) <= threshold) {
                    n++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (n == 0) {
            return false;
        }
        int size = Math.max(maxX - minX + 1, maxY - minY + 1);
        int min = Math.max(2, height / 10);
        return size >= min && size <= Math.max(min, height / 3) && n >= min * min / 2 && minY > y0;
    }
}
