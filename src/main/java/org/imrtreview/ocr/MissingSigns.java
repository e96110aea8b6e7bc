package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A comparison sign the engine left out between a constraint's metric and its limit ("Mean 18 Gy"
 * where the page shows "Mean &lt; 18 Gy"): on a fax the sign is a few thin steps of ink, which the page
 * reading drops as noise. The gap between the metric and the number is searched for ink no word box
 * holds; when there is a mark of about a sign's size, the metric, the mark and the number are cut out
 * together (every other word's ink whitened) and read as one line at two enlargements; only when both
 * readings give the metric and the number as the page did, with the same comparison sign between them,
 * is the sign put between them — and always doubted ({@link OcrWord.Doubt#SIGN_FROM_INK}), so the cell
 * waits for the nurse whatever is read: a sign read from faint ink is never passed as sure ("&lt;" and
 * "≤" differ by a bar). What the two readings do not agree on stays out (the cell is then doubted for a
 * constraint without a sign, as before). Decision 0372.
 */
final class MissingSigns {
    /** The word before the gap: a constraint's metric (Mean, Dmax, D1cc, V20Gy, D40% ...). */
    private static final Pattern METRIC = Pattern.compile(
            "^(D?[Mm]ean|D?[Mm]ax|D?[Mm]in|D?[Mm]edian|D\\d+(\\.\\d+)?(cc|%|Gy)?|V\\d+(\\.\\d+)?(Gy|cGy|%)?)$");
    /** Enlargements of the two readings of the cut-out mark. */
    static final double[] SCALES = {2, 2.5};

    private MissingSigns() {
    }

    /** The words with each sign found put between its metric and its number (on the same line). */
    static List<OcrWord> recover(List<OcrWord> words, GreyImage page, int threshold, double dpi, DroppedWords.LineReader reader) {
        return recover(words, page, threshold, dpi, reader, null);
    }

    /** Whether a sign no reading finds is looked for in the shape of its broken strokes (decision 0411). */
    static final boolean STROKES = !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.signStrokes"));

    /**
     * As {@link #recover(List, GreyImage, int, double, DroppedWords.LineReader)}; where the readings find no sign,
     * the broken strokes between the metric and the number, with the specks the clean-up whitened there, may
     * still show which way it points ({@link SignStrokes}, decision 0411); {@code specks} null: readings only.
     */
    static List<OcrWord> recover(List<OcrWord> words, GreyImage page, int threshold, double dpi, DroppedWords.LineReader reader,
                                 WhitenedInk specks) {
        if (reader == null || page == null || words.size() < 2) {
            return words;
        }
        boolean strokes = STROKES && specks != null;
        List<OcrWord> out = new ArrayList<>(words.size() + 4);
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            out.add(w);
            OcrWord next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (next == null || next.line() != w.line() || !metric(w.text()) || next.text().isEmpty()) {
                continue;
            }
            OcrWord after = i + 2 < words.size() && words.get(i + 2).line() == w.line() ? words.get(i + 2) : null;
            if (strokes && mark(next.text()) && after != null && !after.text().isEmpty() && Character.isDigit(after.text().charAt(0))) {
                // "Dlce ~ 56": the sign's broken strokes read as a mark no constraint holds (decision 0411)
                List<OcrWord> others = new ArrayList<>(words);
                others.remove(i + 1);
                OcrWord sign = SignStrokes.between(w, after, others, page, threshold, specks);
                if (sign != null) {
                    out.add(sign);
                    i++;
                }
                continue;
            }
            if (!Character.isDigit(next.text().charAt(0))) {
                continue;
            }
            OcrWord sign = signBetween(w, next, words, page, threshold, dpi, reader);
            if (sign == null && strokes) {
                sign = SignStrokes.between(w, next, words, page, threshold, specks);
            }
            if (sign != null) {
                out.add(sign);
            }
        }
        return out;
    }

    /**
     * A constraint's metric as read, or as {@link KnownWords} would put it right ("Dlce" for D1cc, "Dimax" for Dmax):
     * a sign is looked for after it before the word is corrected (the correction comes last, and is doubted).
     */
    static boolean metric(String text) {
        if (METRIC.matcher(text).matches()) {
            return true;
        }
        if (!STROKES) {
            return false;
        }
        String m = KnownWords.metric(text, true);
        if (m == null) {
            m = KnownWords.corrected(text, true);
        }
        return m != null && METRIC.matcher(m).matches();
    }

    /** A word of marks only, none of them a comparison sign ("~", "-", "'"): what a broken sign may be read as. */
    static boolean mark(String text) {
        return !text.isEmpty() && text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || "<>\u2264\u2265\u00AB\u00BB".indexOf(c) >= 0);
    }

    private static OcrWord signBetween(OcrWord left, OcrWord right, List<OcrWord> words, GreyImage page, int threshold,
                                       double dpi, DroppedWords.LineReader reader) {
        int text = Math.max(left.y1() - left.y0(), right.y1() - right.y0());
        int gx0 = left.x1() + 1;
        int gx1 = right.x0() - 1;
        if (text < 6 || gx1 - gx0 < 0.3 * text || gx1 - gx0 > 3 * text) {
            return null; // no room for a sign, or not one constraint
        }
        int gy0 = Math.max(0, Math.min(left.y0(), right.y0()));
        int gy1 = Math.min(page.h - 1, Math.max(left.y1(), right.y1()));
        // the ink in the gap, outside every word box
        int ix0 = Integer.MAX_VALUE;
        int iy0 = Integer.MAX_VALUE;
        int ix1 = -1;
        int iy1 = -1;
        int n = 0;
        for (int y = gy0; y <= gy1; y++) {
            for (int x = Math.max(0, gx0); x <= Math.min(page.w - 1, gx1); x++) {
                if ((page.px[y * page.w + x] & 0xFF) < threshold && !inAnyBox(words, x, y)) {
                    n++;
                    ix0 = Math.min(ix0, x);
                    iy0 = Math.min(iy0, y);
                    ix1 = Math.max(ix1, x);
                    iy1 = Math.max(iy1, y);
                }
            }
        }
        if (n < 6) {
            return null;
        }
        int ih = iy1 - iy0 + 1;
        int iw = ix1 - ix0 + 1;
        if (ih < 0.25 * text || ih > 0.9 * text || iw < 0.2 * text || iw > 1.2 * text) {
            return null; // a speck, or more than a sign
        }
        // the metric, the mark and the number cut out together (other words' ink whitened) and read as one line:
        // alone, a few steps of ink read as anything ("x", "="); beside its metric and number the engine reads the sign
        int m = (int) Math.ceil(0.6 * text);
        int x0 = Math.max(0, left.x0() - m);
        int y0 = Math.max(0, gy0 - m / 2);
        int x1 = Math.min(page.w, right.x1() + 1 + m);
        int y1 = Math.min(page.h, gy1 + 1 + m / 2);
        GreyImage crop = crop(page, words, left, right, x0, y0, x1, y1, gx0, gx1);
        String first = null;
        double sure = 1;
        for (double s : SCALES) {
            List<OcrWord> read = reader.read(crop.scaled(s, s), (int) Math.round(dpi * s));
            String sign = signBetween(read, left.text(), right.text());
            if (sign == null || (first != null && !first.equals(sign))) {
                return null;
            }
            first = sign;
            sure = Math.min(sure, read.stream().mapToDouble(OcrWord::confidence).min().orElse(0));
        }
        return new OcrWord(first, ix0, iy0, ix1 + 1, iy1 + 1, sure, left.line(), left.baseline(),
                List.of(new OcrSymbol(first, ix0, iy0, ix1 + 1, iy1 + 1)), OcrWord.Doubt.SIGN_FROM_INK);
    }

    /**
     * The comparison sign of a reading of the cut-out constraint when it gives the metric and the number as the
     * page reading did, with one sign between them; else null.
     */
    static String signBetween(List<OcrWord> read, String metric, String number) {
        StringBuilder sb = new StringBuilder();
        read.forEach(w -> sb.append(w.text()));
        String all = sb.toString().replaceAll("\\s+", "");
        String m = metric.replaceAll("\\s+", "");
        String n = number.replaceAll("\\s+", "");
        if (!all.startsWith(m) || !all.endsWith(n) || all.length() <= m.length() + n.length()) {
            return null;
        }
        return signOf(all.substring(m.length(), all.length() - n.length()));
    }

    /**
     * The comparison sign a mark was read as: "&lt;", or a "&lt;" read by a font's look or as two signs
     * ("«", "‹", "«&lt;", "&lt;&lt;"), as "&lt;"; the same for "&gt;"; "≤" and "≥" as read; anything else null.
     */
    static String signOf(String mark) {
        return switch (mark) {
            case "<", "\u00AB", "\u2039", "\u00AB<", "<\u00AB", "<<", "\u00AB\u00AB" -> "<";
            case ">", "\u00BB", "\u203A", "\u00BB>", ">\u00BB", ">>", "\u00BB\u00BB" -> ">";
            case "\u2264" -> "\u2264";
            case "\u2265" -> "\u2265";
            default -> null;
        };
    }

    private static boolean inAnyBox(List<OcrWord> words, int x, int y) {
        for (OcrWord w : words) {
            if (x >= w.x0() && x < w.x1() && y >= w.y0() && y < w.y1()) {
                return true;
            }
        }
        return false;
    }

    /** The region on white: the two words' ink and the gap's own ink kept, every other word's whitened. */
    private static GreyImage crop(GreyImage page, List<OcrWord> words, OcrWord left, OcrWord right, int x0, int y0, int x1,
                                  int y1, int gx0, int gx1) {
        int cw = x1 - x0;
        int ch = y1 - y0;
        byte[] px = new byte[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int X = x0 + x;
                int Y = y0 + y;
                boolean keep = in(left, X, Y) || in(right, X, Y) || (X >= gx0 && X <= gx1 && !inAnyBox(words, X, Y));
                px[y * cw + x] = keep ? page.px[Y * page.w + X] : (byte) 255;
            }
        }
        return new GreyImage(px, cw, ch);
    }

    private static boolean in(OcrWord w, int x, int y) {
        return x >= w.x0() && x < w.x1() && y >= w.y0() && y < w.y1();
    }
}
