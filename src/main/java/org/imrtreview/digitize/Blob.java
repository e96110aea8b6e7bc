package org.imrtreview.digitize;

/** A connected set of same-colour pixels: its bounding box and pixel indices into its mask. */
record Blob(int left, int top, int right, int bottom, int[] pixels) {

    int width() {
        return right - left + 1;
    }

    int height() {
        return bottom - top + 1;
    }

    int extent() {
        return Math.max(width(), height());
    }

    double centerX() {
        return (left + right) / 2.0;
    }

    double centerY() {
        return (top + bottom) / 2.0;
    }
}
