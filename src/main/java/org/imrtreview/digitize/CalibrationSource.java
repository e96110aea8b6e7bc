package org.imrtreview.digitize;

/** Where an axis's calibration came from, from most to least trustworthy. */
public enum CalibrationSource {
    /** Typed or clicked by the nurse, or given on the command line. */
    USER,
    /** Read from the tick labels and consistent with their positions. */
    TICK_LABELS,
    /** Assumed from what DVH axes usually are (volume 0-100 %); needs confirming. */
    ASSUMED,
    /** Nothing could be read; the values are placeholders and must be confirmed before use. */
    UNKNOWN;

    public boolean trustworthy() {
        return this == USER || this == TICK_LABELS;
    }
}
