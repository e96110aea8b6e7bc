package org.imrtreview.ocr;

import java.util.List;

/**
 * What OCR read on one page image, after clean-up. Coordinates are in the cleaned page's pixels
 * ({@code width} x {@code height} at {@code dpi}, square pixels, upright and deskewed).
 * {@code rotation} is the quarter turn (0, 90, 180, 270, clockwise) applied to make the page upright,
 * {@code skewDegrees} the small tilt removed. {@code greyLevels} is false for a bilevel (1-bit)
 * picture, {@code colour} true when the picture holds clearly coloured pixels.
 */
public record OcrPage(int width, int height, double dpi, int rotation, double skewDegrees, List<OcrWord> words,
                      List<OcrRule> rules, boolean colour, boolean greyLevels) {

    public OcrPage {
        words = List.copyOf(words);
        rules = List.copyOf(rules);
    }

    /** Mean word confidence (0..1), 0 when nothing was read. */
    public double meanConfidence() {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }

    /** The words as text, one line per OCR text line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        int line = Integer.MIN_VALUE;
        for (OcrWord w : words) {
            if (sb.length() > 0) {
                sb.append(w.line() == line ? ' ' : '\n');
            }
            sb.append(w.text());
            line = w.line();
        }
        return sb.toString();
    }
}
