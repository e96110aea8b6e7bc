package org.imrtreview.ocr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/** Walks a recognised page word by word, character by character (the engine's TSV/hOCR level). */
final class PageWords {

    private PageWords() {
    }

    static List<OcrWord> collect(TessBaseAPI api) {
        List<OcrWord> out = new ArrayList<>();
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return out;
        }
        int[] l = new int[1];
        int[] t = new int[1];
        int[] r = new int[1];
        int[] b = new int[1];
        int line = -1;
        double baseY0 = 0;
        double baseX0 = 0;
        double slope = 0;
        WordBuilder word = null;
        try {
            it.Begin();
            do {
                if (it.Empty(tesseract.RIL_SYMBOL)) {
                    continue;
                }
                if (it.IsAtBeginningOf(tesseract.RIL_TEXTLINE) || line < 0) {
                    line++;
                    if (it.Baseline(tesseract.RIL_TEXTLINE, l, t, r, b)) {
                        baseX0 = l[0];
                        baseY0 = t[0];
                        slope = r[0] == l[0] ? 0 : (double) (b[0] - t[0]) / (r[0] - l[0]);
                    }
                }
                if (it.IsAtBeginningOf(tesseract.RIL_WORD) || word == null) {
                    if (word != null) {
                        word.addTo(out);
                    }
                    word = null;
                    String text = text(it, tesseract.RIL_WORD);
                    if (!text.isBlank() && it.BoundingBox(tesseract.RIL_WORD, l, t, r, b)) {
                        double baseline = baseY0 + slope * ((l[0] + r[0]) / 2.0 - baseX0);
                        word = new WordBuilder(text.strip(), l[0], t[0], r[0], b[0],
                                it.Confidence(tesseract.RIL_WORD) / 100.0, line, baseline);
                    }
                }
                if (word != null) {
                    String s = text(it, tesseract.RIL_SYMBOL);
                    if (!s.isEmpty() && it.BoundingBox(tesseract.RIL_SYMBOL, l, t, r, b)) {
                        word.symbols.add(new OcrSymbol(s, l[0], t[0], r[0], b[0]));
                    }
                }
            } while (it.Next(tesseract.RIL_SYMBOL));
            if (word != null) {
                word.addTo(out);
            }
        } finally {
            it.deallocate();
        }
        return out;
    }

    private static final class WordBuilder {
        final String text;
        final int x0;
        final int y0;
        final int x1;
        final int y1;
        final double confidence;
        final int line;
        final double baseline;
        final List<OcrSymbol> symbols = new ArrayList<>();

        WordBuilder(String text, int x0, int y0, int x1, int y1, double confidence, int line, double baseline) {
            this.text = text;
            this.x0 = x0;
            this.y0 = y0;
            this.x1 = x1;
            this.y1 = y1;
            this.confidence = confidence;
            this.line = line;
            this.baseline = baseline;
        }

        void addTo(List<OcrWord> out) {
            out.add(new OcrWord(text, x0, y0, x1, y1, confidence, line, baseline, checked()));
        }

        /** The characters with their boxes; evenly spread over the word box when they do not spell the word. */
        private List<OcrSymbol> checked() {
            StringBuilder joined = new StringBuilder();
            symbols.forEach(s -> joined.append(s.text()));
            if (joined.toString().equals(text)) {
                return symbols;
            }
            List<OcrSymbol> even = new ArrayList<>();
            int n = text.codePointCount(0, text.length());
            double step = (double) (x1 - x0) / Math.max(1, n);
            int i = 0;
            for (int off = 0; off < text.length(); ) {
                int cp = text.codePointAt(off);
                even.add(new OcrSymbol(new String(Character.toChars(cp)), (int) (x0 + i * step), y0,
                        (int) (x0 + (i + 1) * step), y1));
                off += Character.charCount(cp);
                i++;
            }
            return even;
        }
    }

    private static String text(ResultIterator it, int level) {
        BytePointer p = it.GetUTF8Text(level);
        if (p == null) {
            return "";
        }
        try {
            return p.getString(StandardCharsets.UTF_8);
        } finally {
            p.deallocate();
        }
    }
}
