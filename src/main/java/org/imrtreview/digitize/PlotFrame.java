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

    /**
     * Parses {@code "left,top,right,bottom"} in image pixels (origin top-left), as the command line's
     * {@code --frame} takes it.
     *
     * @throws IllegalArgumentException with a sentence for the user when it is not four numbers
     *                                  making a rectangle
     */
    public static PlotFrame parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*,\\s*");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--frame takes four numbers x0,y0,x1,y1 (left, top, right, bottom in"
                    + " image pixels), got \"" + text + "\"");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--frame: \"" + parts[i] + "\" is not a number");
            }
            if (!Double.isFinite(v[i]) || v[i] < 0) {
                throw new IllegalArgumentException("--frame: pixel positions are 0 or more, got " + parts[i]);
            }
        }
        if (!(v[2] > v[0] + 10) || !(v[3] > v[1] + 10)) {
            throw new IllegalArgumentException("--frame: x1 must lie right of x0 and y1 below y0 (left, top, right,"
                    + " bottom), got " + text);
        }
        return new PlotFrame(v[0], v[1], v[2], v[3]);
    }
}
