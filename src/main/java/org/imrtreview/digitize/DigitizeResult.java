package org.imrtreview.digitize;

import java.util.List;

/**
 * What was read from one DVH image: the plot frame, the calibration used, the traced curves and
 * warnings for the nurse (an assumed axis, a curve that could not be followed to its end).
 * {@code skewDegrees} is the tilt that was rotated out of a scanned or photographed picture before
 * reading (0 when level): frame and curve pixels are in the straightened picture's coordinates.
 */
public record DigitizeResult(int imageWidth, int imageHeight, PlotFrame frame, Calibration calibration,
                             List<TracedCurve> curves, List<String> warnings, double skewDegrees) {

    public DigitizeResult {
        curves = List.copyOf(curves);
        warnings = List.copyOf(warnings);
    }

    public DigitizeResult(int imageWidth, int imageHeight, PlotFrame frame, Calibration calibration,
                          List<TracedCurve> curves, List<String> warnings) {
        this(imageWidth, imageHeight, frame, calibration, curves, warnings, 0);
    }
}
