package org.imrtreview.ocr;

import java.util.List;

/**
 * One recognised word: its text, box and characters in the cleaned page's pixels, the engine's
 * confidence (0..1), the line it belongs to (an index, equal for words of one text line) and that
 * line's baseline (y in pixels at the word's centre).
 */
public record OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int line, double baseline,
                      List<OcrSymbol> symbols) {

    public OcrWord {
        symbols = List.copyOf(symbols);
        confidence = Double.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 0;
    }
}
