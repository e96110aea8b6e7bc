package org.imrtreview.constraint.library;

/**
 * Fractionation regime of a course or of a published constraint. Published limits are only
 * comparable within one regime (a 3-fraction SBRT cord limit says nothing about a 35-fraction course).
 * Thresholds are in {@link Fractionation}; docs/decisions/0053-fractionation-regimes.md explains them.
 */
public enum Regime {
    /** About 1.8-2.2 Gy per fraction (hyperfractionated courses below 1.8 Gy/fx are counted here too). */
    CONVENTIONAL("Conventional (1.8-2.2 Gy/fraction)"),
    /** Six or more fractions above 2.2 Gy per fraction (e.g. 60 Gy/20, 55 Gy/20, 40 Gy/15). */
    HYPOFRACTIONATED("Hypofractionated (>2.2 Gy/fraction, 6+ fractions)"),
    /** Stereotactic body radiotherapy / radiosurgery: 1 to 5 fractions. */
    SBRT_SRS("SBRT/SRS (1-5 fractions)");

    private final String title;

    Regime(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
