package org.imrtreview.intake.pdf;

/**
 * A run of glyphs without a space or a gap between them, in display coordinates. {@code spaced} is
 * false when the word was split from the one before by a gap alone, with no space character drawn
 * between them: inside a cell generators draw spaces, between two cells they do not.
 */
record Word(String text, double x0, double x1, double top, double bottom, double baseline, double fontSize,
            boolean spaced) {

    double centerX() {
        return (x0 + x1) / 2;
    }
}
