package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A closer look at the values the strict cell grammar would doubt for a mark no value holds
 * ("27.4: Gy", "28.7-Gy", "41.0 Gy.": a speck beside the digits read as punctuation) or that the
 * engine read unsurely. The run of words alone is cut from the page, enlarged {@link #SCALE} x and
 * read again as one line with only the characters a value may hold (digits, point, per cent,
 * comparison signs and the letters the first reading had). Only when that reading is <em>exactly</em>
 * the first one with the stray marks taken out (spacing aside), and sure, do the marks go and the
 * words take its confidence; anything else leaves the words as read, to be doubted downstream.
 *
 * <p>Never guessed: a mark between two digits ("27:4") or in front of a digit ("-0.1 cc", ".5 Gy") is
 * not taken out (it may be a decimal point or a sign; but a dash just after a comparison sign, "&lt;-56 Gy",
 * may go: no limit is negative; decision 0321), nor a point after a whole number ("27." may
 * have lost its decimals); a word the earlier looks already doubt (decision 0250) is left alone; no
 * digit is ever changed, added or removed. Decision 0252.
 */
final class ValueReread {
    /** Enlargement of the run (the issue asked for 2-3 x; 2.5 x read the bench's marks cleanly). */
    static final double SCALE = 2.5;
    /** Every word of the closer reading must be at least this sure. */
    static final double SURE = 0.85;
    /** Below this the first reading is doubted downstream (OcrDoubts.TRUSTED), so a closer look may pay. */
    static final double UNSURE = 0.80;
    private static final String ALWAYS = "0123456789.%<>\u2264\u2265";
    private static final String MARKS = ":;'\"|_~^*`!?{}[]\\\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB";

    private ValueReread() {
    }

    /** The words, with stray marks taken out of the value runs a closer, restricted reading confirms. */
    static List<OcrWord> clean(List<OcrWord> words, GreyImage page, TextReader engine) {
        if (engine == null || !engine.available() || page == null) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words);
        List<Integer> dropped = new ArrayList<>();
        for (List<Integer> run : NumberCheck.runs(words)) {
            withTrailingMarks(run, words);
            List<OcrWord> ws = run.stream().map(words::get).toList();
            if (ws.stream().anyMatch(w -> w.doubt() != null)) {
                continue;
            }
            List<String> cleaned = cleaned(ws);
            if (cleaned == null) {
                continue; // a mark that may be a decimal point or a sign: left to the nurse
            }
            boolean marked = false;
            for (int i = 0; i < ws.size(); i++) {
                marked |= !cleaned.get(i).equals(ws.get(i).text());
            }
            if (!marked && ws.stream().allMatch(w -> w.confidence() >= UNSURE)) {
                continue; // nothing the grammar or the confidence would doubt
            }
            String candidate = String.join(" ", cleaned).strip();
            if (candidate.isEmpty()) {
                continue;
            }
            BufferedImage crop = NumberCheck.crop(page, ws, SCALE);
            if (crop == null) {
                continue;
            }
            double sure = closerLook(crop, candidate, engine);
            if (sure < SURE) {
                continue;
            }
            for (int i = 0; i < ws.size(); i++) {
                OcrWord w = ws.get(i);
                String text = cleaned.get(i);
                if (text.isBlank()) {
                    dropped.add(run.get(i));
                    continue;
                }
                OcrWord c = text.equals(w.text()) ? w : w.withText(text, symbolsFor(w, text));
                out.set(run.get(i), new OcrWord(c.text(), c.x0(), c.y0(), c.x1(), c.y1(), Math.max(c.confidence(), sure),
                        c.line(), c.baseline(), c.symbols(), c.doubt()));
            }
        }
        if (dropped.isEmpty()) {
            return out;
        }
        List<OcrWord> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /**
     * How sure the closer look is of {@code candidate}, 0 when it does not read it. Two readings of
     * the enlarged run must both be the candidate once their own removable marks are taken out: one
     * with only a value's characters allowed, one with any character allowed, whose characters kept
     * must each be read at least {@link #SURE} (the engine gives no confidences under a whitelist).
     */
    static double closerLook(BufferedImage crop, String candidate, TextReader engine) {
        Optional<LineText> restricted = engine.readLine(crop, whitelist(candidate));
        String r = restricted.map(t -> marksOut(t.text())).orElse(null);
        if (r == null || !squeezed(r).equals(squeezed(candidate))) {
            return 0;
        }
        Optional<LineChars> open = engine.readLineChars(crop);
        if (open.isEmpty()) {
            return 0;
        }
        String kept = marksOut(open.get().text());
        if (kept == null || !squeezed(kept).equals(squeezed(candidate))) {
            return 0;
        }
        String mapped = mapped(open.get().text());
        double least = 1;
        for (int i = 0; i < mapped.length(); i++) {
            if (mapped.charAt(i) != '\u0000' && mapped.charAt(i) != ' ') {
                least = Math.min(least, open.get().confidence()[i]);
            }
        }
        return least;
    }

    /** The text with its removable marks taken out, null when it holds one that is not removable. */
    static String marksOut(String text) {
        String m = mapped(text);
        return m == null ? null : m.replace("\u0000", "").replaceAll("\\s+", " ").strip();
    }

    /** Words of marks alone just after the run on its line ("38%" "'"): the runs leave them out, the cell holds them. */
    private static void withTrailingMarks(List<Integer> run, List<OcrWord> words) {
        for (int next = run.get(run.size() - 1) + 1; next < words.size(); next++) {
            OcrWord prev = words.get(next - 1);
            OcrWord w = words.get(next);
            double height = Math.max(1, prev.y1() - prev.y0());
            boolean marksOnly = !w.text().isEmpty() && w.text().chars().allMatch(c -> MARKS.indexOf(c) >= 0 || c == '.'
                    || c == ',' || c == '-' || c == '\u2013');
            if (!marksOnly || w.line() != prev.line() || w.x0() - prev.x1() >= NumberCheck.RUN_GAP * height) {
                return;
            }
            run.add(next);
        }
    }

    /**
     * Each word's text with its removable marks taken out (a mark between two characters becomes a
     * space: "28.7-Gy" is "28.7 Gy", "D40%.&lt;" is "D40% &lt;"), or null when the run holds a mark that is not
     * removable. Neighbours are looked up across the run's word spaces ("27.4:" "Gy").
     */
    static List<String> cleaned(List<OcrWord> run) {
        String joined = String.join(" ", run.stream().map(OcrWord::text).toList());
        String sb = mapped(joined);
        if (sb == null) {
            return null;
        }
        // back to words: the run's word spaces are where the joined text had them
        List<String> out = new ArrayList<>();
        int k = 0;
        for (OcrWord w : run) {
            String part = sb.substring(k, k + w.text().length());
            out.add(part.replace("\u0000", "").strip());
            k += w.text().length() + 1;
        }
        return out;
    }

    /**
     * {@code joined} character for character: a removable mark as NUL (taken out) or as a space
     * (between a digit and a letter), everything else as it is; null when a mark is not removable.
     */
    private static String mapped(String joined) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (!isMark(c, joined, i)) {
                sb.append(c);
                continue;
            }
            char before = neighbour(joined, i, -1);
            char after = neighbour(joined, i, +1);
            boolean afterSign = (c == '-' || c == '\u2013') && "<>\u2264\u2265".indexOf(before) >= 0;
            if (!afterSign && (Character.isDigit(after) || before == 0 && after == 0)) {
                return null; // between digits, before a digit ("-0.1", ".5"), or alone: may be a point or a sign
            }
            if (c == '.' || c == ',') {
                if (Character.isDigit(before) && !hasDecimals(joined, i)) {
                    return null; // "27." may have lost its decimals
                }
            }
            boolean glued = i > 0 && i + 1 < joined.length() && joined.charAt(i - 1) != ' ' && joined.charAt(i + 1) != ' ';
            sb.append(glued ? ' ' : '\u0000'); // a mark between two characters stands where a space was ("D40%.<")
        }
        return sb.toString();
    }

    /** A character no value, unit or constraint holds here (a point or comma only when not a decimal mark, a dash not inside a name). */
    private static boolean isMark(char c, String s, int i) {
        if (MARKS.indexOf(c) >= 0) {
            return true;
        }
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return switch (c) {
            case '.', ',' -> !(Character.isDigit(before) && Character.isDigit(after));
            case '-', '\u2013' -> !(Character.isLetter(before) && Character.isLetter(after));
            default -> false;
        };
    }

    /** The nearest character other than a space in direction {@code step}, 0 at the run's end. */
    private static char neighbour(String s, int i, int step) {
        for (int j = i + step; j >= 0 && j < s.length(); j += step) {
            if (s.charAt(j) != ' ') {
                return s.charAt(j);
            }
        }
        return 0;
    }

    /** Whether the number ending just before {@code i} already has a decimal point ("27.4" before "27.4."). */
    private static boolean hasDecimals(String s, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isDigit(s.charAt(j))) {
            j--;
        }
        return j > 0 && j < i - 1 && (s.charAt(j) == '.' || s.charAt(j) == ',') && Character.isDigit(s.charAt(j - 1));
    }

    /** Digits, value marks and the letters of the candidate (its unit and metric): nothing else may be read. */
    static String whitelist(String candidate) {
        StringBuilder sb = new StringBuilder(ALWAYS);
        candidate.chars().filter(ch -> ch != ' ' && sb.indexOf(String.valueOf((char) ch)) < 0)
                .forEach(ch -> sb.append((char) ch));
        return sb.toString();
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The word's characters for its cleaned text: the kept ones, and a space where a mark parted two. */
    private static List<OcrSymbol> symbolsFor(OcrWord w, String text) {
        List<OcrSymbol> s = w.symbols();
        StringBuilder spelled = new StringBuilder();
        s.forEach(x -> spelled.append(x.text()));
        List<OcrSymbol> out = new ArrayList<>();
        if (spelled.toString().equals(w.text())) {
            int k = 0;
            for (OcrSymbol x : s) {
                if (k < text.length() && x.text().equals(String.valueOf(text.charAt(k)))) {
                    out.add(x);
                    k++;
                } else if (k < text.length() && text.charAt(k) == ' ') {
                    out.add(new OcrSymbol(" ", x.x0(), x.y0(), x.x1(), x.y1()));
                    k++;
                }
            }
            if (k == text.length()) {
                return out;
            }
            out.clear();
        }
        // the engine's characters do not spell the word: spread the text evenly over the word's box
        double step = (double) (w.x1() - w.x0()) / Math.max(1, text.length());
        for (int i = 0; i < text.length(); i++) {
            out.add(new OcrSymbol(String.valueOf(text.charAt(i)), (int) Math.round(w.x0() + i * step), w.y0(),
                    (int) Math.round(w.x0() + (i + 1) * step), w.y1()));
        }
        return out;
    }
}
