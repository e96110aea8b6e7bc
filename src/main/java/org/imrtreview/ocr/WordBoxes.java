package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Word boxes that run over the next word of their line, fitted to their ink. On a 1-bit fax the
 * engine often gives a word's last character a box reaching to the end of the line ("V65Gy" with its
 * "y" from x 779 to 938, over the "&lt;" at 814 and the "50%" at 858): the words then overlap, so the
 * page model draws no space between them and the cell reads "V65Gy&lt; 50%". Such a last character's box
 * is cut back to its own ink — from its left edge, the columns with ink in the line's band up to the
 * first column without — and never past the next word's left edge; the word's box follows. Text,
 * characters and confidences are not touched. Decision 0307.
 */
final class WordBoxes {

    private WordBoxes() {
    }

    static List<OcrWord> fit(List<OcrWord> words, GreyImage page, int threshold) {
        if (page == null || words.size() < 2) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words);
        Integer[] order = new Integer[words.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> words.get(i).line()).thenComparingInt(i -> words.get(i).x0()));
        for (int k = 0; k + 1 < order.length; k++) {
            OcrWord w = words.get(order[k]);
            OcrWord next = words.get(order[k + 1]);
            if (next.line() != w.line() || w.x1() <= next.x0() || next.x0() <= w.x0()) {
                continue;
            }
            OcrWord fitted = fitted(w, next.x0(), page, threshold);
            if (fitted != null) {
                out.set(order[k], fitted);
            }
        }
        return out;
    }

    /** The word with its last character ending where its ink does, before {@code limit}; null when it cannot be told. */
    private static OcrWord fitted(OcrWord w, int limit, GreyImage page, int threshold) {
        List<OcrSymbol> symbols = w.symbols();
        if (symbols.isEmpty()) {
            return null;
        }
        OcrSymbol last = symbols.get(symbols.size() - 1);
        if (last.x0() >= limit) {
            return null; // the last character itself starts in the next word: not a box that ran on
        }
        // the line's band: the other characters' tops and bottoms, or the word's own when it has no others
        int top = w.y0();
        int bottom = w.y1();
        if (symbols.size() > 1) {
            top = symbols.subList(0, symbols.size() - 1).stream().mapToInt(OcrSymbol::y0).min().orElse(top);
            int base = symbols.subList(0, symbols.size() - 1).stream().mapToInt(OcrSymbol::y1).max().orElse(bottom);
            bottom = base + (base - top) / 3; // room for a descender ("y")
        }
        top = Math.max(0, top);
        bottom = Math.min(page.h - 1, bottom);
        int end = -1;
        boolean inked = false;
        for (int x = Math.max(0, last.x0()); x < Math.min(limit, page.w); x++) {
            boolean any = false;
            for (int y = top; y <= bottom && !any; y++) {
                any = page.at(x, y) <= threshold;
            }
            if (any) {
                inked = true;
                end = x;
            } else if (inked) {
                break;
            }
        }
        if (!inked) {
            return null;
        }
        int x1 = end + 1;
        List<OcrSymbol> fixed = new ArrayList<>(symbols.subList(0, symbols.size() - 1));
        int ly0 = Math.max(last.y0(), top);
        int ly1 = Math.min(last.y1(), bottom + 1);
        fixed.add(new OcrSymbol(last.text(), last.x0(), ly0, x1, Math.max(ly0 + 1, ly1)));
        int wx1 = fixed.stream().mapToInt(OcrSymbol::x1).max().orElse(x1);
        int wy0 = fixed.stream().mapToInt(OcrSymbol::y0).min().orElse(w.y0());
        int wy1 = fixed.stream().mapToInt(OcrSymbol::y1).max().orElse(w.y1());
        return new OcrWord(w.text(), w.x0(), wy0, wx1, wy1, w.confidence(), w.line(), w.baseline(), fixed, w.doubt());
    }

    /**
     * Each word's characters with boxes that start left to right in the order the engine read them. A character's
     * ink box may start left of the one before it ("we" set tight, the "e" tucked under the "w"), and the table
     * finders order a line's glyphs by where each starts, so "bowel", read right and surely, became "boewl", and
     * "larynx" "laryxn", in the cell, used with no doubt (decision 0524). A box that starts at or left of the one
     * before, or of its word's start, is moved to start one pixel after it; nothing else changes.
     */
    static List<OcrWord> inReadingOrder(List<OcrWord> words) {
        if ("false".equalsIgnoreCase(System.getProperty("imrt.ocr.symbolOrder"))) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            List<OcrSymbol> symbols = w.symbols();
            // the first glyph starts at the word's start (ScannedPageContent), each next one where its box starts
            boolean ordered = true;
            int prev = w.x0();
            for (int i = 1; i < symbols.size(); i++) {
                ordered &= symbols.get(i).x0() > prev;
                prev = Math.max(prev, symbols.get(i).x0());
            }
            if (ordered) {
                out.add(w);
                continue;
            }
            List<OcrSymbol> fixed = new ArrayList<>(symbols.size());
            fixed.add(symbols.get(0));
            prev = w.x0();
            for (int i = 1; i < symbols.size(); i++) {
                OcrSymbol s = symbols.get(i);
                int x0 = Math.max(s.x0(), prev + 1);
                prev = x0;
                fixed.add(new OcrSymbol(s.text(), x0, s.y0(), Math.max(s.x1(), x0 + 1), s.y1()));
            }
            out.add(w.withText(w.text(), fixed));
        }
        return out;
    }
}
