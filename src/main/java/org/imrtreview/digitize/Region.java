package org.imrtreview.digitize;

/** An inclusive pixel rectangle clipped to the image. */
record Region(int left, int top, int right, int bottom) {

    static Region around(PlotFrame frame, int margin, RgbImage image) {
        return new Region(Math.max(0, (int) Math.floor(frame.left()) - margin),
                Math.max(0, (int) Math.floor(frame.top()) - margin),
                Math.min(image.width() - 1, (int) Math.ceil(frame.right()) + margin),
                Math.min(image.height() - 1, (int) Math.ceil(frame.bottom()) + margin));
    }

    int width() {
        return right - left + 1;
    }

    int height() {
        return bottom - top + 1;
    }

    boolean contains(int x, int y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }
}
