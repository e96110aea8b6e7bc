package org.imrtreview.digitize;

/**
 * Maps image pixels to dose (x, Gy) and volume (y, %): the values at the frame's left/right columns
 * and bottom/top rows. Each axis says where its values came from, so a traced curve is only used
 * as evidence when both axes are trustworthy. {@code volumeAbsolute} marks a y axis in cc: curves
 * are then normalised to their own volume at zero dose.
 */
public record Calibration(PlotFrame frame, double doseAtLeft, double doseAtRight, double volumeAtBottom,
                          double volumeAtTop, CalibrationSource doseSource, CalibrationSource volumeSource,
                          boolean volumeAbsolute, String note) {

    public Calibration {
        if (doseAtRight == doseAtLeft || volumeAtTop == volumeAtBottom) {
            throw new IllegalArgumentException("an axis range is empty");
        }
    }

    /** The nurse's (or the command line's) axis ranges at the frame edges. */
    public static Calibration fromRanges(PlotFrame frame, AxisRange dose, AxisRange volume) {
        return new Calibration(frame, dose.from(), dose.to(), volume.from(), volume.to(),
                CalibrationSource.USER, CalibrationSource.USER, false, "axis ranges given by the user");
    }

    /**
     * Calibration from two known points per axis, as clicked in the window: pixel column {@code x1}
     * has dose {@code d1}, and so on. Extrapolated to the frame edges.
     */
    public static Calibration fromPoints(PlotFrame frame, double x1, double d1, double x2, double d2,
                                         double y1, double v1, double y2, double v2) {
        if (x1 == x2 || y1 == y2) {
            throw new IllegalArgumentException("the two points of an axis must differ");
        }
        double doseSlope = (d2 - d1) / (x2 - x1);
        double volumeSlope = (v2 - v1) / (y2 - y1);
        return new Calibration(frame, d1 + doseSlope * (frame.left() - x1), d1 + doseSlope * (frame.right() - x1),
                v1 + volumeSlope * (frame.bottom() - y1), v1 + volumeSlope * (frame.top() - y1),
                CalibrationSource.USER, CalibrationSource.USER, false, "axis points given by the user");
    }

    public Calibration withDoseRange(AxisRange dose) {
        return new Calibration(frame, dose.from(), dose.to(), volumeAtBottom, volumeAtTop, CalibrationSource.USER,
                volumeSource, volumeAbsolute, note);
    }

    public Calibration withVolumeRange(AxisRange volume) {
        return new Calibration(frame, doseAtLeft, doseAtRight, volume.from(), volume.to(), doseSource,
                CalibrationSource.USER, false, note);
    }

    public boolean trustworthy() {
        return doseSource.trustworthy() && volumeSource.trustworthy();
    }

    public double dose(double column) {
        return doseAtLeft + (column - frame.left()) / frame.width() * (doseAtRight - doseAtLeft);
    }

    public double volume(double row) {
        return volumeAtBottom + (frame.bottom() - row) / frame.height() * (volumeAtTop - volumeAtBottom);
    }

    public double column(double dose) {
        return frame.left() + (dose - doseAtLeft) / (doseAtRight - doseAtLeft) * frame.width();
    }

    public double row(double volume) {
        return frame.bottom() - (volume - volumeAtBottom) / (volumeAtTop - volumeAtBottom) * frame.height();
    }

    public double doseSpan() {
        return Math.abs(doseAtRight - doseAtLeft);
    }
}
