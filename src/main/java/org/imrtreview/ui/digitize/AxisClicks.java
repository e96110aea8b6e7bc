package org.imrtreview.ui.digitize;

import org.imrtreview.digitize.AxisRange;
import org.imrtreview.digitize.PlotFrame;

/**
 * An axis from two clicked ticks: the straight line through (pixel, value) pairs, extended to the
 * plot frame's edges (left/right for dose, bottom/top for volume), as the digitiser's calibration
 * wants it. The same line {@code Calibration.fromPoints} draws, for one axis at a time, so the
 * nurse can correct the dose axis without touching a volume axis that was read correctly.
 */
final class AxisClicks {

    private AxisClicks() {
    }

    /** Dose at the frame's left and right edges from two clicked columns and the doses she typed. */
    static AxisRange dose(PlotFrame frame, double x1, double d1, double x2, double d2) {
        return new AxisRange(line(x1, d1, x2, d2, frame.left()), line(x1, d1, x2, d2, frame.right()));
    }

    /** Volume at the frame's bottom and top edges from two clicked rows and the volumes she typed. */
    static AxisRange volume(PlotFrame frame, double y1, double v1, double y2, double v2) {
        return new AxisRange(line(y1, v1, y2, v2, frame.bottom()), line(y1, v1, y2, v2, frame.top()));
    }

    private static double line(double p1, double v1, double p2, double v2, double at) {
        if (Math.abs(p2 - p1) < 3) {
            throw new IllegalArgumentException("the two ticks are too close together; click two ticks further apart");
        }
        if (v1 == v2) {
            throw new IllegalArgumentException("the two ticks need different values");
        }
        return v1 + (v2 - v1) / (p2 - p1) * (at - p1);
    }
}
