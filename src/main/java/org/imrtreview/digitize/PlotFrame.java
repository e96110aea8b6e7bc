package org.imrtreview.digitize;

/**
 * The plot rectangle (axes frame) in image pixel coordinates: left/right columns and top/bottom
 * rows of the frame lines. Curves are traced inside it; calibration maps its edges to axis values.
 */
public record PlotFrame(double left, double top, double right, double bottom) {

    public PlotFrame {
        if (!(right > left) || !(bottom > top)) {
            throw new IllegalArgumentException("empty plot frame");
        }
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }
}
