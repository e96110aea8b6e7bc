package org.imrtreview.digitize;

import java.util.List;

/**
 * What the nurse or the command line says about an image: axis ranges at the frame edges (null =
 * read them from the image), curve names in legend order (empty = none given), a CPU budget (null =
 * none), the prescription dose (null = unknown), which is what a dose axis in % of the
 * prescription is converted with, and the plot frame in image pixels when the nurse set it (null =
 * find it; decision 0184).
 */
public record DigitizeOptions(AxisRange doseRange, AxisRange volumeRange, List<String> legendNames,
                              java.time.Duration timeBudget, Double prescriptionGy, PlotFrame frame) {

    public DigitizeOptions(AxisRange doseRange, AxisRange volumeRange, List<String> legendNames,
                           java.time.Duration timeBudget, Double prescriptionGy) {
        this(doseRange, volumeRange, legendNames, timeBudget, prescriptionGy, null);
    }

    public DigitizeOptions {
        legendNames = legendNames == null ? List.of() : List.copyOf(legendNames);
        if (prescriptionGy != null && !(prescriptionGy > 0 && prescriptionGy < 200)) {
            throw new IllegalArgumentException("a prescription dose must be between 0 and 200 Gy, got " + prescriptionGy);
        }
    }

    public DigitizeOptions(AxisRange doseRange, AxisRange volumeRange, List<String> legendNames,
                           java.time.Duration timeBudget) {
        this(doseRange, volumeRange, legendNames, timeBudget, null);
    }

    public DigitizeOptions(AxisRange doseRange, AxisRange volumeRange, List<String> legendNames) {
        this(doseRange, volumeRange, legendNames, null, null);
    }

    public static DigitizeOptions automatic() {
        return new DigitizeOptions(null, null, List.of());
    }

    /** Automatic, giving up (with {@link NotADvhPlotException}) once {@code budget} is spent: for case loading. */
    public static DigitizeOptions automatic(java.time.Duration budget) {
        return new DigitizeOptions(null, null, List.of(), budget);
    }

    /** The same options with the prescription dose known (a dose axis in % of it can then be read in Gy). */
    public DigitizeOptions withPrescriptionGy(double gy) {
        return new DigitizeOptions(doseRange, volumeRange, legendNames, timeBudget, gy, frame);
    }

    /** The same options with the plot frame given (image pixels): it replaces the detected one. */
    public DigitizeOptions withFrame(PlotFrame givenFrame) {
        return new DigitizeOptions(doseRange, volumeRange, legendNames, timeBudget, prescriptionGy, givenFrame);
    }
}
