package org.imrtreview.intake.pdf;

/**
 * One character drawn on a page, in display coordinates (points, origin top-left, y down, page
 * rotation applied). {@code baseline} is the y of the text baseline; {@code top}/{@code bottom}
 * approximate the character box from the font size.
 */
record Glyph(String text, double x0, double x1, double top, double bottom, double baseline, double fontSize) {

    boolean isSpace() {
        return text.isBlank();
    }

    double centerX() {
        return (x0 + x1) / 2;
    }

    double centerY() {
        return (top + bottom) / 2;
    }
}
