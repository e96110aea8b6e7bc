package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the numbers in a strip beside an axis: dark components are grouped into words (glyphs on
 * one line, close together), a small blob on the baseline inside a word is a decimal point, and
 * glyphs wider than a digit are cut where the ink is thinnest (anti-aliased digits touch). Words
 * that are not confidently all digits are dropped, not guessed.
 */
final class TickLabelReader {
    private static final double MIN_GLYPH_SCORE = 0.55;
    private static final double MIN_GLYPH_MARGIN = 0.04;

    private final RgbImage image;

    /** Ink is darker than this luma (and uncoloured). */
    private final int inkLuma;

    TickLabelReader(RgbImage image) {
        this(image, 150);
    }

    /**
     * With another ink cut: grey labels (spreadsheets, ggplot2 draw them at luma 77-90) lose the
     * anti-aliased curves of their digits under the default cut of 150 at some sizes, so a "0" falls
     * apart; a second reading at a paler cut keeps them whole (decision 0180).
     */
    TickLabelReader(RgbImage image, int inkLuma) {
        this.image = image;
        this.inkLuma = inkLuma;
    }

    /** The paler ink cut for a second reading of grey labels. */
    static final int PALE_INK_LUMA = 195;

    private boolean isInk(int x, int y) {
        return isInk(image.lumaPlane(), x, y);
    }

    /** {@link RgbImage#isInk} at the default cut, else paler and less coloured; the lumas read from the plane. */
    private boolean isInk(byte[] luma, int x, int y) {
        if ((luma[y * image.width() + x] & 255) >= inkLuma) {
            return false;
        }
        return RgbImage.chroma(image.rgb(x, y)) < (inkLuma == 150 ? 70 : 50);
    }

    /** Which side of the strip lies against the axis: labels never touch it, tick marks do. */
    enum AxisSide { TOP, RIGHT, NONE }

    List<TickLabel> read(Region strip, int maxGlyphHeight, AxisSide axisSide) {
        int w = strip.width();
        int h = strip.height();
        boolean[] ink = new boolean[w * h];
        byte[] luma = image.lumaPlane();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ink[y * w + x] = isInk(luma, strip.left() + x, strip.top() + y);
            }
        }
        List<Blob> glyphs = new ArrayList<>();
        List<Blob> dots = new ArrayList<>();
        List<Blob> bits = new ArrayList<>();
        for (Blob b : Blobs.of(ink, w, h)) {
            if (touchesAxisSide(b, w, h, axisSide)) {
                continue; // a tick mark or the axis itself, never a label
            }
            if (b.height() >= 5 && b.height() <= maxGlyphHeight && b.width() <= 4 * b.height()) {
                glyphs.add(b);
            } else {
                if (b.height() <= 4 && b.width() <= 4) {
                    dots.add(b);
                }
                if (b.height() < 5 && b.pixels().length >= MIN_BIT_PIXELS) {
                    bits.add(b);
                }
            }
        }
        glyphs.sort(Comparator.comparingInt(Blob::left));
        List<TickLabel> labels = new ArrayList<>();
        boolean[] used = new boolean[glyphs.size()];
        for (int i = 0; i < glyphs.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<Blob> word = new ArrayList<>();
            word.add(glyphs.get(i));
            used[i] = true;
            Blob last = glyphs.get(i);
            for (int j = i + 1; j < glyphs.size(); j++) {
                Blob next = glyphs.get(j);
                int gap = next.left() - last.right();
                boolean dotted = gap <= 1.5 * last.height() && hasDotBetween(last, next, dots, last.bottom(), last.height());
                if (used[j] || (gap > 0.8 * last.height() && !dotted)) {
                    continue;
                }
                if (verticalOverlap(last, next) >= 0.6 * Math.min(last.height(), next.height())) {
                    word.add(next);
                    used[j] = true;
                    last = next;
                }
            }
            TickLabel label = readWord(word, dots, strip);
            if (label != null && BROKEN_WORDS && brokenOff(word, bits, dots)) {
                // A digit broken into bits too small to read lies beside or inside the word: reading the rest
                // would give another number (a shrunk "90" read as "9", decision 0531).
                label = null;
            }
            if (label != null) {
                labels.add(label);
            }
        }
        return labels;
    }

    private TickLabel readWord(List<Blob> word, List<Blob> dots, Region strip) {
        StringBuilder text = new StringBuilder();
        double confidence = 1;
        int[] box = box(word);
        int top = box[0];
        int bottom = box[1];
        int left = box[2];
        int right = box[3];
        int height = bottom - top + 1;
        for (int k = 0; k < word.size(); k++) {
            Blob b = word.get(k);
            if (k > 0 && hasDotBetween(word.get(k - 1), b, dots, bottom, height)) {
                text.append('.');
            }
            if (b.height() < 0.7 * height) {
                return null;
            }
            for (int[] piece : pieces(b, strip)) {
                DigitGlyphs.Reading r = glyph(strip.left() + piece[0], strip.top() + b.top(), piece[1] - piece[0] + 1,
                        b.height());
                if (r.score() < MIN_GLYPH_SCORE || r.margin() < MIN_GLYPH_MARGIN) {
                    return null;
                }
                confidence = Math.min(confidence, r.score());
                text.append(r.digit());
            }
        }
        try {
            double value = Double.parseDouble(text.toString());
            return new TickLabel(value, strip.left() + (left + right) / 2.0, strip.top() + (top + bottom) / 2.0,
                    height, confidence, right - left + 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The word's box as {top, bottom, left, right}. */
    private static int[] box(List<Blob> word) {
        int[] box = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (Blob b : word) {
            box[0] = Math.min(box[0], b.top());
            box[1] = Math.max(box[1], b.bottom());
            box[2] = Math.min(box[2], b.left());
            box[3] = Math.max(box[3], b.right());
        }
        return box;
    }

    /** Switch for measuring decision 0531 ({@code -Dimrt.digitize.brokenWords=false}: before). */
    static final boolean BROKEN_WORDS = !"false".equals(System.getProperty("imrt.digitize.brokenWords"));
    /** Ink bits smaller than this (pixels) are specks (JPEG ringing), not a digit's pieces. */
    private static final int MIN_BIT_PIXELS = 3;

    /**
     * Whether a bit of ink too small for a glyph (a digit of small, shrunk or compressed text broken apart by the ink
     * cut) lies within the word's rows, inside it or beside it closer than a word gap (decision 0531). A decimal point
     * read inside the word is not such a bit.
     */
    private static boolean brokenOff(List<Blob> word, List<Blob> bits, List<Blob> dots) {
        int[] box = box(word);
        int top = box[0];
        int bottom = box[1];
        int left = box[2];
        int right = box[3];
        int height = bottom - top + 1;
        for (Blob bit : bits) {
            if (bit.bottom() < top || bit.top() > bottom) {
                continue;
            }
            if (bit.right() < left - 0.8 * height || bit.left() > right + 0.8 * height) {
                continue;
            }
            if (bit.height() <= 2 && bit.top() >= top + height / 4.0 && bit.bottom() <= bottom - height / 4.0) {
                continue; // a dash at mid-height: a tick mark cut off the axis by the strip, or a minus sign
            }
            if (word.stream().anyMatch(g -> bit.left() >= g.left() && bit.right() <= g.right() && bit.top() >= g.top()
                    && bit.bottom() <= g.bottom())) {
                continue; // inside a glyph: the dot of a dotted zero
            }
            boolean decimalPoint = false;
            for (int k = 1; k < word.size() && !decimalPoint; k++) {
                decimalPoint = dots.contains(bit) && bit.left() >= word.get(k - 1).right() - 1
                        && bit.right() <= word.get(k).left() + 1 && Math.abs(bit.bottom() - bottom) <= Math.max(2, height / 6);
            }
            if (!decimalPoint) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDotBetween(Blob before, Blob after, List<Blob> dots, int baseline, int height) {
        for (Blob d : dots) {
            if (d.left() >= before.right() - 1 && d.right() <= after.left() + 1
                    && Math.abs(d.bottom() - baseline) <= Math.max(2, height / 6)) {
                return true;
            }
        }
        return false;
    }

    /** Column ranges (strip-local) of the digits in a blob, cutting touching digits apart. */
    private List<int[]> pieces(Blob b, Region strip) {
        double aspect = (double) b.width() / b.height();
        int count = aspect > 0.9 ? (int) Math.round(aspect / 0.6) : 1;
        List<int[]> out = new ArrayList<>();
        if (count <= 1) {
            out.add(new int[] {b.left(), b.right()});
            return out;
        }
        int start = b.left();
        for (int k = 1; k < count; k++) {
            int expected = b.left() + k * b.width() / count;
            int window = Math.max(1, b.width() / (4 * count));
            int cut = expected;
            double least = Double.MAX_VALUE;
            for (int x = expected - window; x <= expected + window; x++) {
                double sum = 0;
                for (int y = b.top(); y <= b.bottom(); y++) {
                    sum += 255 - image.luma(strip.left() + x, strip.top() + y);
                }
                if (sum < least) {
                    least = sum;
                    cut = x;
                }
            }
            out.add(new int[] {start, cut});
            start = cut + 1;
        }
        out.add(new int[] {start, b.right()});
        // Trim blank columns at the cuts so each piece is its glyph's own ink box.
        List<int[]> trimmed = new ArrayList<>();
        for (int[] p : out) {
            int l = p[0];
            int r = p[1];
            while (l < r && columnBlank(strip.left() + l, strip.top() + b.top(), b.height())) {
                l++;
            }
            while (r > l && columnBlank(strip.left() + r, strip.top() + b.top(), b.height())) {
                r--;
            }
            trimmed.add(new int[] {l, r});
        }
        return trimmed;
    }

    private boolean columnBlank(int x, int top, int height) {
        for (int y = top; y < top + height; y++) {
            if (isInk(x, y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reading of the glyph in this box of the picture. It depends on the box's pixels alone (not on the ink cut
     * or the strip), and the same digit is read by the label axes' search of the whole picture, by each candidate
     * frame's calibration and by the frame finally chosen: each box is matched against the templates once per
     * picture (issue 17, decision 0561).
     */
    private DigitGlyphs.Reading glyph(int left, int top, int w, int h) {
        return image.glyphReading(left, top, w, h, () -> DigitGlyphs.read(darkness(left, top, w, h)));
    }

    private double[][] darkness(int left, int top, int w, int h) {
        byte[] luma = image.lumaPlane();
        int width = image.width();
        double[][] d = new double[h][w];
        for (int y = 0; y < h; y++) {
            int row = (top + y) * width + left;
            for (int x = 0; x < w; x++) {
                d[y][x] = (255 - (luma[row + x] & 255)) / 255.0;
            }
        }
        return d;
    }

    private static boolean touchesAxisSide(Blob b, int w, int h, AxisSide side) {
        return switch (side) {
            case TOP -> b.top() == 0;
            case RIGHT -> b.right() == w - 1;
            case NONE -> false;
        };
    }

    private static int verticalOverlap(Blob a, Blob b) {
        return Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) + 1;
    }
}
