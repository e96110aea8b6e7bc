package org.imrtreview.intake.pdf;

/** A run of glyphs without a space or a gap between them, in display coordinates. */
record Word(String text, double x0, double x1, double top, double bottom, double baseline, double fontSize) {

    double centerX() {
        return (x0 + x1) / 2;
    }
}
