package org.imrtreview.constraint;

/**
 * Why a number written without unit can be told to be cGy: no organ-at-risk constraint or planned
 * organ dose in external-beam radiotherapy is above 100 Gy, while cGy values of everyday limits
 * (4500, 5400 cGy) all are. See docs/decisions/0011.
 */
public final class DosePlausibility {

    /** A unit-less dose above this many "Gy" is read as cGy (and flagged). */
    public static final double MAX_PLAUSIBLE_GY = 100.0;

    private DosePlausibility() {
    }

    public static boolean plausibleGy(double value) {
        return value <= MAX_PLAUSIBLE_GY;
    }
}
