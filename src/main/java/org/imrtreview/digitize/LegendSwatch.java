package org.imrtreview.digitize;

/**
 * A curve's legend swatch (index into the traced curves) and its pixel box, inclusive.
 * {@code ambiguous}: another entry with a swatch of the same colour could be this curve's too (a
 * legend that draws a dashed series' swatch solid), so its text must not name the curve.
 */
record LegendSwatch(int curve, int left, int top, int right, int bottom, boolean ambiguous) {

    LegendSwatch(int curve, int left, int top, int right, int bottom) {
        this(curve, left, top, right, bottom, false);
    }

    LegendSwatch asAmbiguous() {
        return new LegendSwatch(curve, left, top, right, bottom, true);
    }

    int centerY() {
        return (top + bottom) / 2;
    }

    int width() {
        return right - left + 1;
    }

    int height() {
        return bottom - top + 1;
    }
}
