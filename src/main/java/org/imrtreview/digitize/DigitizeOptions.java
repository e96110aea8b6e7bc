package org.imrtreview.digitize;

import java.util.List;

/**
 * What the nurse or the command line says about an image: axis ranges at the frame edges (null =
 * read them from the image) and curve names in legend order (empty = none given).
 */
public record DigitizeOptions(AxisRange doseRange, AxisRange volumeRange, List<String> legendNames,
                              java.time.Duration timeBudget) {

    public DigitizeOptions {
        legendNames = legendNames == null ? List.of() : List.copyOf(legendNames);
    }

    public DigitizeOptions(AxisRange doseRange, AxisRange volumeRange, List<String> legendNames) {
        this(doseRange, volumeRange, legendNames, null);
    }

    public static DigitizeOptions automatic() {
        return new DigitizeOptions(null, null, List.of());
    }

    /** Automatic, giving up (with {@link NotADvhPlotException}) once {@code budget} is spent: for case loading. */
    public static DigitizeOptions automatic(java.time.Duration budget) {
        return new DigitizeOptions(null, null, List.of(), budget);
    }
}
