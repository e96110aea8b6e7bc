package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dash the engine read nothing for. "Lungs - GTV" read "Lungs GTV" and "Brachial plexus (right) – boost phase"
 * read "... (right) boost phase", surely: the engine's page layout left the dash out altogether, so decision 0485
 * (a dash read as a speck is kept) never saw it. Here the page is looked at between two words of a line, and after
 * the last word of a line, and before the first: a flat stroke there that no word box holds — wider than a fifth of the text's height,
 * at most a third of it tall, across the middle of the line, whole inside the gap — is ink no word accounts for,
 * and the words beside it are doubted ({@link OcrWord.Doubt#INK_UNREAD}). Nothing is added: a speck is no dash,
 * and only the nurse at the crop can tell. Decision 0523.
 */
final class UnreadDashes {
    private UnreadDashes() {
    }

    static List<OcrWord> doubt(List<OcrWord> words, GreyImage page, int threshold) {
        if ("false".equalsIgnoreCase(System.getProperty("imrt.ocr.unreadDashes")) || words.isEmpty() || page == null) {
            return words;
        }
        int[] heights = words.stream().filter(w -> w.text().codePoints().anyMatch(Character::isLetter))
                .mapToInt(w -> w.y1() - w.y0()).sorted().toArray();
        if (heights.length == 0) {
            return words;
        }
        int text = heights[heights.length / 2];
        if (text < 8) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words);
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            if (!letters(w)) {
                continue;
            }
            OcrWord next = i + 1 < words.size() && words.get(i + 1).line() == w.line() ? words.get(i + 1) : null;
            boolean between = next != null && next.x0() - w.x1() <= 2 * text;
            int x0 = w.x1() + 2;
            int x1 = between ? next.x0() - 2 : w.x1() + (int) Math.round(1.2 * text);
            int top = between ? Math.min(w.y0(), next.y0()) : w.y0();
            int base = (int) Math.round(between ? Math.max(w.baseline(), next.baseline()) : w.baseline());
            if (!(between && !letters(next)) && x1 - x0 >= text / 5 + 2 && dashIn(page, threshold, x0, x1, top, base, text, words)) {
                out.set(i, out.get(i).doubted(OcrWord.Doubt.INK_UNREAD));
                if (between) {
                    out.set(i + 1, out.get(i + 1).doubted(OcrWord.Doubt.INK_UNREAD));
                }
            }
            // the first word of a line: a cell's name wrapped before its dash ("Brachial plexus (right)" over
            // "– boost phase")
            OcrWord prev = i > 0 && words.get(i - 1).line() == w.line() ? words.get(i - 1) : null;
            if (prev == null || w.x0() - prev.x1() > 2 * text) {
                int from = w.x0() - (int) Math.round(1.2 * text);
                if (prev != null) {
                    from = Math.max(from, prev.x1() + 2);
                }
                if (w.x0() - 2 - from >= text / 5 + 2
                        && dashIn(page, threshold, from, w.x0() - 2, w.y0(), (int) Math.round(w.baseline()), text, words)) {
                    out.set(i, out.get(i).doubted(OcrWord.Doubt.INK_UNREAD));
                }
            }
        }
        return out;
    }

    private static boolean letters(OcrWord w) {
        return w.text().codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Whether the ink of the box x0..x1, top..base is one flat stroke across the line's middle, clear of the box's
     * left and right ends (whole inside it) and of every word's box.
     */
    static boolean dashIn(GreyImage page, int threshold, int x0, int x1, int top, int base, int text, List<OcrWord> words) {
        x0 = Math.max(0, x0);
        x1 = Math.min(page.w - 1, x1);
        int y0 = Math.max(0, top - text / 4);
        int y1 = Math.min(page.h - 1, base + text / 4);
        if (x1 <= x0 || y1 <= y0) {
            return false;
        }
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        int n = 0;
        int[] perColumn = new int[x1 - x0 + 1];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if ((page.px[y * page.w + x] & 0xFF) <= threshold) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    perColumn[x - x0]++;
                    n++;
                }
            }
        }
        if (n == 0) {
            return false;
        }
        int width = maxX - minX + 1;
        int height = maxY - minY + 1;
        double middle = (minY + maxY) / 2.0;
        if (minX <= x0 || maxX >= x1 || width < text / 5 || width > 1.5 * text || height > text / 3.0
                || width < 2 * height || middle <= top + 0.2 * text || middle >= base - 0.1 * text) {
            return false;
        }
        // one stroke: ink in most of the columns it spans (not two specks far apart)
        long inked = Arrays.stream(perColumn, minX - x0, maxX - x0 + 1).filter(c -> c > 0).count();
        if (inked < 0.8 * width) {
            return false;
        }
        for (OcrWord w : words) {
            if (w.x0() <= maxX && w.x1() >= minX && w.y0() <= maxY && w.y1() >= minY) {
                return false; // a word holds it: it was read
            }
        }
        return true;
    }
}
