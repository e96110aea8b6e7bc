package org.imrtreview.intake.pdf;

/**
 * One stroked or filled path that is drawing rather than a table rule, kept for finding vector
 * figures and their legends: its box in display coordinates, how many segments it has, its colour
 * (packed RGB), whether it was stroked with a dash pattern, and whether it is a short straight
 * horizontal line or a small filled square (a legend swatch candidate).
 */
record VectorMark(double x0, double top, double x1, double bottom, int segments, int rgb, boolean dashed,
                  boolean swatchLike) {

    double width() {
        return x1 - x0;
    }

    double height() {
        return bottom - top;
    }

    double centerY() {
        return (top + bottom) / 2;
    }

    /** Max minus min channel: 0 for black, white and grays. */
    int chroma() {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }
}
