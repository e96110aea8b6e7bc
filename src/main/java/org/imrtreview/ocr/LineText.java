package org.imrtreview.ocr;

/**
 * One line of text read from an image: the text as recognised (whitespace collapsed), the engine's
 * mean confidence over its words and the confidence of its least sure word (both 0..1). The least
 * sure word matters for names: one misread word ("Parotid L" read "Parotid 1") makes the whole
 * name wrong however sure the others are.
 */
public record LineText(String text, double meanConfidence, double minWordConfidence) {

    public LineText {
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        meanConfidence = clamp(meanConfidence);
        minWordConfidence = clamp(minWordConfidence);
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
