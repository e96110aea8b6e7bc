package org.imrtreview.constraint.library;

import java.util.Locale;
import org.imrtreview.model.Request;

/**
 * A course's fractionation (total dose, fractions) and its {@link Regime}.
 *
 * <p>Thresholds (docs/decisions/0053): 1-5 fractions is SBRT/SRS, because every stereotactic
 * limit the library holds (TG-101, NCCN SABR, UK SABR) is tabulated for 1-5 fractions; otherwise
 * more than 2.2 Gy per fraction is hypofractionated (2.2 Gy allows the usual 1.8-2.2 Gy
 * "conventional" band, e.g. 70 Gy/33 = 2.12 Gy); anything at or below is conventional, including
 * hyperfractionated schedules.
 */
public record Fractionation(double totalDoseGy, int fractions) {

    /** Upper edge of conventional dose per fraction, in Gy. */
    public static final double CONVENTIONAL_MAX_GY_PER_FRACTION = 2.2;
    /** Largest number of fractions counted as SBRT/SRS. */
    public static final int SBRT_MAX_FRACTIONS = 5;

    public Fractionation {
        if (fractions < 1 || !(totalDoseGy > 0)) {
            throw new IllegalArgumentException("fractionation needs a positive dose and at least one fraction");
        }
    }

    /** The request's prescription, or null when the total dose or number of fractions is missing or not positive. */
    public static Fractionation of(Request.Prescription prescription) {
        if (prescription == null || prescription.totalDoseGy() == null || prescription.fractions() == null
                || prescription.fractions() < 1 || !(prescription.totalDoseGy() > 0)) {
            return null;
        }
        return new Fractionation(prescription.totalDoseGy(), prescription.fractions());
    }

    public double dosePerFractionGy() {
        return totalDoseGy / fractions;
    }

    public Regime regime() {
        if (fractions <= SBRT_MAX_FRACTIONS) {
            return Regime.SBRT_SRS;
        }
        // small tolerance so 2.2 Gy/fx written as 66 Gy/30 is conventional despite rounding
        return dosePerFractionGy() > CONVENTIONAL_MAX_GY_PER_FRACTION + 1e-9 ? Regime.HYPOFRACTIONATED : Regime.CONVENTIONAL;
    }

    /** "70 Gy in 35 fractions (2 Gy/fraction)". */
    public String describe() {
        return Eqd2.gy(totalDoseGy) + " Gy in " + fractions + (fractions == 1 ? " fraction" : " fractions")
                + " (" + String.format(Locale.ROOT, "%.2f", dosePerFractionGy()).replaceAll("0$", "") + " Gy/fraction)";
    }
}
