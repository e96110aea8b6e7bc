package org.imrtreview.digitize;

/** A curve's legend swatch (index into the traced curves) and its pixel box, inclusive. */
record LegendSwatch(int curve, int left, int top, int right, int bottom) {

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
