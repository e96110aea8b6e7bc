package org.imrtreview.digitize;

import java.util.List;

/**
 * What was read from one DVH image: the plot frame, the calibration used, the traced curves and
 * warnings for the nurse (an assumed axis, a curve that could not be followed to its end).
 */
public record DigitizeResult(int imageWidth, int imageHeight, PlotFrame frame, Calibration calibration,
                             List<TracedCurve> curves, List<String> warnings) {

    public DigitizeResult {
        curves = List.copyOf(curves);
        warnings = List.copyOf(warnings);
    }
}
