package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words the engine's page layout dropped: ink of text size that no word box covers is read again as
 * a line of its own. On a fine fax the engine's layout analysis leaves out a "Yes" or "No" that stands
 * alone in its column (not even read as a noise word), so the cell came out empty; the same ink cut
 * out alone reads at 95-97 %. The page the engine read (rulings whitened, specks removed) is searched
 * for connected ink away from every word box; pieces of letter height (specks and ruling remains are
 * not) that lie on one line close together form a cluster; each cluster is cut out with a white
 * margin (the ink of words already read whitened) and read as one line, and then read again enlarged
 * {@link #SECOND_SCALE} x. A word is added only with its engine confidence, the lower of the two
 * readings, and doubted ({@link OcrWord.Doubt#DROPPED_REREAD_DIFFERS}) when the two readings differ:
 * it then goes through the same number checks and closer looks as every other word, and a cell read
 * under the trusted confidence is flagged as any other. Never a guess: what the two readings do not
 * both give is not presented as sure. Decision 0305.
 */
final class DroppedWords {
    /** A piece of ink counts as a letter when its height is at least this share of the page's text height ... */
    static final double MIN_PIECE = 0.4;
    /** ... and at most this share (taller is a ruling remain or a picture). */
    static final double MAX_PIECE = 1.4;
    /** Pieces this far apart (in text heights) or closer on one line belong to one cluster. */
    static final double GAP = 0.8;
    /** Ink this close to a word box (in text heights) belongs to the word. */
    static final double COVER = 0.25;
    /** The first reading is at the page's size, or when that reads nothing, enlarged 2 x ... */
    static final double[] FIRST_SCALES = {1, 2};
    /** ... and the second reading enlarged this much more. */
    static final double SECOND_SCALE = 1.5;
    /** At most this many clusters per page are read (a page of clusters is a picture, not dropped words). */
    static final int MAX_CLUSTERS = 40;

    /** Reads a crop of the page as one line: its words in the crop's pixels. */
    interface LineReader {
        List<OcrWord> read(GreyImage crop, int dpi);
    }

    private DroppedWords() {
    }

    /** The words with the dropped ones read and added at the end (each cluster a line of its own). */
    static List<OcrWord> recover(List<OcrWord> words, List<OcrWord> covering, GreyImage page, int threshold, double dpi,
                                 LineReader reader) {
        if (reader == null || page == null || words.isEmpty()) {
            return words;
        }
        int[] heights = words.stream().filter(w -> w.text().codePoints().anyMatch(Character::isLetterOrDigit))
                .mapToInt(w -> w.y1() - w.y0()).sorted().toArray();
        if (heights.length < 3) {
            return words;
        }
        int text = heights[heights.length / 2];
        if (text < 6) {
            return words;
        }
        boolean[] covered = covered(page, covering, (int) Math.round(COVER * text));
        List<int[]> pieces = pieces(page, threshold, covered, text);
        List<int[]> clusters = clusters(pieces, text);
        if (clusters.isEmpty() || clusters.size() > MAX_CLUSTERS) {
            return words;
        }
        int nextLine = words.stream().mapToInt(OcrWord::line).max().orElse(-1) + 1;
        List<OcrWord> out = new ArrayList<>(words);
        for (int[] c : clusters) {
            int mx = (int) Math.ceil(0.6 * text);
            int my = (int) Math.ceil(0.4 * text);
            int x0 = Math.max(0, c[0] - mx);
            int y0 = Math.max(0, c[1] - my);
            int x1 = Math.min(page.w, c[2] + 1 + mx);
            int y1 = Math.min(page.h, c[3] + 1 + my);
            GreyImage crop = crop(page, covered, x0, y0, x1, y1);
            List<OcrWord> read = List.of();
            double scale = 1;
            for (double s : FIRST_SCALES) { // blotchy 1-bit ink the engine takes for noise at its size reads enlarged
                scale = s;
                read = readAt(reader, crop, s, dpi);
                if (!read.isEmpty()) {
                    break;
                }
            }
            if (read.isEmpty()) {
                continue;
            }
            List<OcrWord> second = readAt(reader, crop, scale * SECOND_SCALE, dpi);
            boolean agree = squeezed(read).equals(squeezed(second));
            double secondSure = second.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
            for (OcrWord w : read) {
                double k = 1 / scale;
                List<OcrSymbol> symbols = w.symbols().stream().map(s -> new OcrSymbol(s.text(), x0 + (int) Math.round(s.x0() * k),
                        y0 + (int) Math.round(s.y0() * k), x0 + (int) Math.round(s.x1() * k), y0 + (int) Math.round(s.y1() * k)))
                        .toList();
                OcrWord placed = new OcrWord(w.text(), x0 + (int) Math.round(w.x0() * k), y0 + (int) Math.round(w.y0() * k),
                        x0 + (int) Math.round(w.x1() * k), y0 + (int) Math.round(w.y1() * k),
                        Math.min(w.confidence(), secondSure), nextLine, y0 + w.baseline() * k, symbols,
                        agree ? null : OcrWord.Doubt.DROPPED_REREAD_DIFFERS);
                out.add(placed);
            }
            nextLine++;
        }
        return out;
    }

    /** The crop read enlarged {@code scale} x: its words with a letter or digit, in the enlarged crop's pixels. */
    private static List<OcrWord> readAt(LineReader reader, GreyImage crop, double scale, double dpi) {
        GreyImage img = scale == 1 ? crop : crop.scaled(scale, scale);
        return reader.read(img, (int) Math.round(dpi * scale)).stream().filter(DroppedWords::isText).toList();
    }

    /** A word with a letter or a digit in it (marks alone are specks, as on the page). */
    private static boolean isText(OcrWord w) {
        return w.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String squeezed(List<OcrWord> words) {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w.text()));
        return sb.toString().replaceAll("\\s+", "");
    }

    /** Pixels inside a word box grown by {@code margin}: ink there belongs to a word already read. */
    private static boolean[] covered(GreyImage page, List<OcrWord> words, int margin) {
        boolean[] covered = new boolean[page.w * page.h];
        for (OcrWord w : words) {
            int x0 = Math.max(0, w.x0() - margin);
            int y0 = Math.max(0, w.y0() - margin);
            int x1 = Math.min(page.w, w.x1() + margin);
            int y1 = Math.min(page.h, w.y1() + margin);
            for (int y = y0; y < y1; y++) {
                java.util.Arrays.fill(covered, y * page.w + x0, y * page.w + Math.max(x0, x1), true);
            }
        }
        return covered;
    }

    /**
     * Connected pieces of ink (8-neighbours) outside the word boxes whose height is a letter's: boxes
     * {x0, y0, x1, y1} inclusive. A piece touching a word box's margin is part of that word.
     */
    static List<int[]> pieces(GreyImage page, int threshold, boolean[] covered, int text) {
        int w = page.w;
        int h = page.h;
        boolean[] ink = new boolean[w * h];
        for (int p = 0; p < ink.length; p++) {
            ink[p] = (page.px[p] & 0xFF) < threshold;
        }
        InkPieces ofPage = InkPieces.of(ink, w, h);
        List<int[]> out = new ArrayList<>();
        int min = (int) Math.ceil(MIN_PIECE * text);
        int max = (int) Math.floor(MAX_PIECE * text);
        for (int id = 1; id < ofPage.boxes().size(); id++) {
            int[] b = ofPage.boxes().get(id);
            int ph = b[3] - b[1] + 1;
            int pw = b[2] - b[0] + 1;
            if (ph >= min && ph <= max && pw <= 2 * text && b[4] >= 3 && !ofPage.anyIn(id, covered, w)) {
                out.add(new int[] {b[0], b[1], b[2], b[3]});
            }
        }
        return out;
    }

    /**
     * Pieces on one line close together, as boxes {x0, y0, x1, y1}; a cluster is kept when it is at
     * least half a text height wide and holds two pieces or one as wide as a letter (a lone thin bar is a
     * ruling's remain, not a word).
     */
    static List<int[]> clusters(List<int[]> pieces, int text) {
        List<int[]> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(p -> p[0]));
        List<int[]> open = new ArrayList<>(); // x0 y0 x1 y1 count widest
        for (int[] p : sorted) {
            int[] into = null;
            for (int[] c : open) {
                int overlap = Math.min(c[3], p[3]) - Math.max(c[1], p[1]);
                int gap = p[0] - c[2];
                if (overlap >= 0.5 * Math.min(c[3] - c[1], p[3] - p[1]) && gap <= GAP * text) {
                    into = c;
                    break;
                }
            }
            if (into == null) {
                open.add(new int[] {p[0], p[1], p[2], p[3], 1, p[2] - p[0] + 1});
            } else {
                into[0] = Math.min(into[0], p[0]);
                into[1] = Math.min(into[1], p[1]);
                into[2] = Math.max(into[2], p[2]);
                into[3] = Math.max(into[3], p[3]);
                into[4]++;
                into[5] = Math.max(into[5], p[2] - p[0] + 1);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] c : open) {
            boolean wordLike = c[4] >= 2 || c[5] >= 0.4 * text;
            if (wordLike && c[2] - c[0] + 1 >= 0.5 * text && c[3] - c[1] + 1 <= 1.6 * text) {
                out.add(new int[] {c[0], c[1], c[2], c[3]});
            }
        }
        return out;
    }

    /** The page region on white, with the ink of words already read whitened. */
    private static GreyImage crop(GreyImage page, boolean[] covered, int x0, int y0, int x1, int y1) {
        int cw = x1 - x0;
        int ch = y1 - y0;
        byte[] px = new byte[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int p = (y0 + y) * page.w + x0 + x;
                px[y * cw + x] = covered[p] ? (byte) 255 : page.px[p];
            }
        }
        return new GreyImage(px, cw, ch);
    }
}
