package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.OcrRule;
import org.imrtreview.ocr.OcrSymbol;
import org.imrtreview.ocr.OcrWord;

/**
 * An OCR-read page in the text-PDF model, so a scanned table goes through the very same table
 * finders as its text version: every recognised character becomes a {@link Glyph} (points, origin
 * top-left) on its text line's baseline, a space glyph is drawn between two words of one line when
 * they are a word space apart (as a PDF generator draws spaces inside a cell and none between
 * cells), and pixel rulings become {@link Ruling}s. Each word's confidence rides on its last glyph as
 * one private-use character ({@link OcrConfidence#marker}); {@link OcrConfidence} strips it from the
 * finished cells and keeps the lowest confidence per cell. Decision 0152.
 */
final class ScannedPageContent {
    /** A gap narrower than this (in font sizes) between two words of one line is a word space. */
    static final double WORD_SPACE = 0.5;
    /** Cap height (and ascender height) as a share of the font size. */
    private static final double CAP_HEIGHT = 0.72;

    private ScannedPageContent() {
    }

    static PageContent of(OcrPage page, int pageIndex) {
        double k = 72.0 / page.dpi();
        Map<Integer, List<OcrWord>> lines = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (OcrWord w : page.words()) {
            lines.computeIfAbsent(w.line(), l -> {
                order.add(l);
                return new ArrayList<>();
            }).add(w);
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (int line : order) {
            List<OcrWord> words = new ArrayList<>(lines.get(line));
            words.sort((a, b) -> Integer.compare(a.x0(), b.x0()));
            double size = lineFontSize(words) * k;
            OcrWord prev = null;
            for (OcrWord w : words) {
                double baseline = w.baseline() * k;
                if (prev != null) {
                    double gap = (w.x0() - prev.x1()) * k;
                    if (gap > 0 && gap < WORD_SPACE * size) {
                        glyphs.add(new Glyph(" ", prev.x1() * k, w.x0() * k, baseline - 0.78 * size, baseline + 0.22 * size,
                                baseline, size));
                    }
                }
                List<OcrSymbol> symbols = w.symbols();
                for (int i = 0; i < symbols.size(); i++) {
                    OcrSymbol s = symbols.get(i);
                    // ink boxes leave gaps between letters; a word's glyphs touch, as a PDF's advance widths do
                    double gx0 = i == 0 ? w.x0() : s.x0();
                    // ...except at a space the reader put inside the word ("50.4 Gy" where a speck between was taken
                    // out, decision 0252): there the glyphs keep their ink's gap, so a finder that skips spaces sees it
                    boolean spaceNext = i < symbols.size() - 1 && symbols.get(i + 1).text().isBlank();
                    double gx1 = i == symbols.size() - 1 ? w.x1()
                            : spaceNext || s.text().isBlank() ? s.x1() : Math.max(s.x1(), symbols.get(i + 1).x0());
                    String text = i == symbols.size() - 1
                            ? s.text() + OcrConfidence.marker(w.confidence()) + OcrConfidence.doubtMarker(w.doubt())
                                    + OcrConfidence.boxMarker(w.x0(), w.y0(), w.x1(), w.y1(), page.width(), page.height())
                            : s.text();
                    glyphs.add(new Glyph(text, gx0 * k, gx1 * k, baseline - 0.78 * size, baseline + 0.22 * size,
                            baseline, size));
                }
                prev = w;
            }
        }
        List<Ruling> rulings = new ArrayList<>();
        for (OcrRule r : page.rules()) {
            rulings.add(new Ruling(r.horizontal(), r.position() * k, r.start() * k, r.end() * k));
        }
        return new PageContent(pageIndex, page.width() * k, page.height() * k, glyphs, rulings, List.of(), 0,
                new double[0], 0, List.of());
    }

    /** Font size in pixels from the tallest character of each word (capitals, digits, ascenders), median over the line. */
    private static double lineFontSize(List<OcrWord> words) {
        List<Integer> heights = new ArrayList<>();
        for (OcrWord w : words) {
            int tallest = 0;
            for (OcrSymbol s : w.symbols()) {
                if (Character.isLetterOrDigit(s.text().codePointAt(0))) {
                    tallest = Math.max(tallest, s.y1() - s.y0());
                }
            }
            heights.add(tallest > 0 ? tallest : w.y1() - w.y0());
        }
        heights.sort(Integer::compare);
        return Math.max(4, heights.get(heights.size() / 2) / CAP_HEIGHT);
    }
}
