package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.digitize.LegendLabel;
import org.imrtreview.digitize.LineStyle;
import org.imrtreview.digitize.RgbImage;
import org.imrtreview.digitize.TracedCurve;

/**
 * Names the curves of a vector figure from its legend in the PDF text layer (decision 0097): a
 * legend entry is a short coloured line (or small coloured square) with text starting just right of
 * it on the same line; its words up to the next key or a wide gap are the name. A key is matched to
 * the traced curve of the nearest colour, and the line style where two curves share a colour; a key
 * that fits no curve or several, or two keys that fit one curve, name nothing (never a guess).
 */
final class FigureLegendText {
    static final String SOURCE = "legend text in the PDF";
    /** Colours further apart than this (RGB distance) are different curves; anti-aliasing moves a colour far less. */
    private static final double MAX_COLOUR_DISTANCE = 90;

    private FigureLegendText() {
    }

    record Entry(VectorMark key, String text) {
    }

    /** The text line that starts just right of a legend key, on its height; null when none does. */
    static TextLine lineRightOf(VectorMark key, List<TextLine> lines) {
        for (TextLine l : lines) {
            double centre = l.baseline() - 0.33 * l.fontSize();
            if (Math.abs(centre - key.centerY()) > 0.75 * l.fontSize()) {
                continue;
            }
            for (Word w : l.words()) {
                if (w.x0() >= key.x1() - 0.5 && w.x0() - key.x1() <= 2.5 * l.fontSize() + 2) {
                    return l;
                }
            }
        }
        return null;
    }

    static List<Entry> entries(List<VectorMark> marks, List<TextLine> lines, double[] region) {
        List<VectorMark> keys = new ArrayList<>();
        for (VectorMark m : keys(marks)) {
            if (m.x0() >= region[0] - 2 && m.x1() <= region[2] + 2 && m.top() >= region[1] - 2 && m.bottom() <= region[3] + 2) {
                keys.add(m);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (VectorMark key : keys) {
            TextLine line = lineRightOf(key, lines);
            if (line == null) {
                continue;
            }
            String text = TextLayout.join(words(key, line, keys)).strip();
            if (!text.isEmpty()) {
                out.add(new Entry(key, text));
            }
        }
        return out;
    }

    /** Keys that may be legend entries (short coloured lines or squares), each once. */
    static List<VectorMark> keys(List<VectorMark> marks) {
        List<VectorMark> keys = new ArrayList<>();
        for (VectorMark m : marks) {
            if (m.swatchLike() && keys.stream().noneMatch(k -> sameKey(k, m))) {
                keys.add(m);
            }
        }
        return keys;
    }

    /**
     * The words of a key's entry: from just right of the key, up to the next key on the line (a
     * legend laid out in a row) or a gap wider than a couple of characters.
     */
    static List<Word> words(VectorMark key, TextLine line, List<VectorMark> keys) {
        double stop = Double.MAX_VALUE;
        for (VectorMark other : keys) {
            if (other != key && other.x0() > key.x1() && Math.abs(other.centerY() - key.centerY()) < 0.75 * line.fontSize()) {
                stop = Math.min(stop, other.x0());
            }
        }
        List<Word> words = new ArrayList<>();
        double lastRight = key.x1();
        for (Word w : line.words()) {
            if (w.x0() < key.x1() - 0.5 || w.x1() > stop + 0.5) {
                continue;
            }
            if (w.x0() - lastRight > (words.isEmpty() ? 2.5 : 1.5) * line.fontSize() + 2) {
                break;
            }
            words.add(w);
            lastRight = w.x1();
        }
        return words;
    }

    private static boolean sameKey(VectorMark a, VectorMark b) {
        return a.rgb() == b.rgb() && Math.abs(a.x0() - b.x0()) < 1 && Math.abs(a.centerY() - b.centerY()) < 1;
    }

    /** The curves with the legend's names attached where a key fits exactly one curve and no other key fits it. */
    static List<TracedCurve> label(List<TracedCurve> curves, List<Entry> entries) {
        int[] chosenBy = new int[curves.size()];
        java.util.Arrays.fill(chosenBy, -1);
        boolean[] contested = new boolean[curves.size()];
        for (int e = 0; e < entries.size(); e++) {
            int c = match(curves, entries.get(e).key());
            if (c < 0) {
                continue;
            }
            if (chosenBy[c] >= 0) {
                contested[c] = true;
            }
            chosenBy[c] = e;
        }
        List<TracedCurve> out = new ArrayList<>(curves);
        for (int c = 0; c < curves.size(); c++) {
            if (chosenBy[c] >= 0 && !contested[c]) {
                out.set(c, curves.get(c).withLegendLabel(new LegendLabel(entries.get(chosenBy[c]).text(), 1.0, SOURCE)));
            }
        }
        return out;
    }

    private static int match(List<TracedCurve> curves, VectorMark key) {
        List<Integer> near = new ArrayList<>();
        for (int c = 0; c < curves.size(); c++) {
            if (RgbImage.distance(curves.get(c).rgb(), key.rgb()) <= MAX_COLOUR_DISTANCE) {
                near.add(c);
            }
        }
        if (near.size() > 1) {
            LineStyle style = key.dashed() ? LineStyle.DASHED : LineStyle.SOLID;
            List<Integer> sameStyle = near.stream().filter(c -> curves.get(c).style() == style).toList();
            near = sameStyle.isEmpty() ? near : new ArrayList<>(sameStyle);
        }
        if (near.size() > 1) {
            near.sort(java.util.Comparator.comparingDouble(c -> RgbImage.distance(curves.get(c).rgb(), key.rgb())));
            double best = RgbImage.distance(curves.get(near.get(0)).rgb(), key.rgb());
            double second = RgbImage.distance(curves.get(near.get(1)).rgb(), key.rgb());
            return best < 0.5 * second ? near.get(0) : -1;
        }
        return near.size() == 1 ? near.get(0) : -1;
    }
}
