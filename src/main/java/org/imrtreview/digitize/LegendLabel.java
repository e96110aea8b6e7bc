package org.imrtreview.digitize;

/**
 * The text beside a curve's legend swatch, as read from the figure: from a PDF's text layer (exact)
 * or by optical character recognition of the picture. {@code certainty} is 0..1 (1 for PDF text);
 * {@code source} says how it was read, in words for the nurse ("legend text in the PDF").
 */
public record LegendLabel(String text, double certainty, String source) {

    public LegendLabel {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a legend label needs text");
        }
        text = text.strip();
        certainty = Math.max(0, Math.min(1, certainty));
    }
}
