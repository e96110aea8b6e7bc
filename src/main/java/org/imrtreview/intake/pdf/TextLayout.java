package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns glyphs into words and lines. A word breaks at a space glyph or at a gap wider than a
 * fraction of the font size (many generators position words without emitting spaces).
 */
final class TextLayout {
    /** Gap (in font sizes) above which two glyphs belong to different words. */
    private static final double WORD_GAP = 0.15;
    /** Baselines closer than this (in font sizes) are the same line. */
    private static final double LINE_TOLERANCE = 0.3;

    private TextLayout() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > LINE_TOLERANCE * Math.max(size, g.fontSize())) {
                addLine(current, lines);
                current.clear();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
                size = g.fontSize();
            }
            current.add(g);
            size = Math.max(size, g.fontSize());
        }
        addLine(current, lines);
        return lines;
    }

    private static void addLine(List<Glyph> glyphs, List<TextLine> into) {
        if (glyphs.isEmpty()) {
            return;
        }
        List<Word> words = words(glyphs);
        if (words.isEmpty()) {
            return;
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double size = 0;
        double baselineSum = 0;
        for (Word w : words) {
            top = Math.min(top, w.top());
            bottom = Math.max(bottom, w.bottom());
            size = Math.max(size, w.fontSize());
            baselineSum += w.baseline();
        }
        into.add(new TextLine(words, baselineSum / words.size(), top, bottom, size));
    }

    /** Words of glyphs that lie on one line, in reading order. */
    static List<Word> words(List<Glyph> lineGlyphs) {
        List<Glyph> sorted = new ArrayList<>(lineGlyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double x0 = 0;
        double x1 = 0;
        double top = 0;
        double bottom = 0;
        double baseline = 0;
        double size = 0;
        boolean spaced = true;
        boolean afterSpace = true;
        for (Glyph g : sorted) {
            boolean gap = text.length() > 0 && g.x0() - x1 > WORD_GAP * Math.max(size, g.fontSize());
            if (g.isSpace() || gap) {
                if (text.length() > 0) {
                    words.add(new Word(text.toString(), x0, x1, top, bottom, baseline, size, spaced));
                    text.setLength(0);
                }
                if (g.isSpace()) {
                    afterSpace = true;
                    continue;
                }
            }
            if (text.length() == 0) {
                spaced = afterSpace || words.isEmpty();
                afterSpace = false;
                x0 = g.x0();
                top = g.top();
                bottom = g.bottom();
                baseline = g.baseline();
                size = g.fontSize();
            }
            text.append(g.text());
            x1 = Math.max(x1, g.x1());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            size = Math.max(size, g.fontSize());
        }
        if (text.length() > 0) {
            words.add(new Word(text.toString(), x0, x1, top, bottom, baseline, size, spaced));
        }
        return words;
    }

    /** Words joined by single spaces. */
    static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    /**
     * Lines of one cell joined into its text: wrapped lines join with a space, except after a
     * hyphen or slash that ended a line ("RTOG-" + "0617" → "RTOG-0617").
     */
    static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                char last = sb.charAt(sb.length() - 1);
                boolean glue = (last == '-' || last == '/') && sb.length() > 1
                        && Character.isLetterOrDigit(sb.charAt(sb.length() - 2));
                if (!glue) {
                    sb.append(' ');
                }
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Text of a set of glyphs read as a small block: lines top to bottom, joined. */
    static String blockText(List<Glyph> glyphs) {
        List<String> texts = new ArrayList<>();
        for (TextLine line : lines(glyphs)) {
            texts.add(line.text());
        }
        return joinLines(texts);
    }
}
