package org.imrtreview.constraint.library;

import java.util.Locale;

/**
 * Linear-quadratic dose conversions (Withers / Fowler): BED = D(1 + d/(α/β)) and
 * EQD2 = D (d + α/β) / (2 + α/β), with D the total dose in Gy, d the dose per fraction.
 * The LQ model is least reliable above ~8-10 Gy per fraction; the nurse sees EQD2 as an aid to
 * compare regimes, never as a verdict.
 */
public final class Eqd2 {

    private Eqd2() {
    }

    /** Equivalent dose in 2-Gy fractions of {@code totalDoseGy} given in {@code fractions}. */
    public static double eqd2(double totalDoseGy, int fractions, double alphaBetaGy) {
        check(totalDoseGy, fractions, alphaBetaGy);
        double perFraction = totalDoseGy / fractions;
        return totalDoseGy * (perFraction + alphaBetaGy) / (2.0 + alphaBetaGy);
    }

    /** Biologically effective dose of {@code totalDoseGy} given in {@code fractions}. */
    public static double bed(double totalDoseGy, int fractions, double alphaBetaGy) {
        check(totalDoseGy, fractions, alphaBetaGy);
        return totalDoseGy * (1.0 + totalDoseGy / fractions / alphaBetaGy);
    }

    /** Physical total dose in {@code fractions} that has the given EQD2 (inverse of {@link #eqd2}). */
    public static double physicalDoseForEqd2(double eqd2Gy, int fractions, double alphaBetaGy) {
        check(eqd2Gy, fractions, alphaBetaGy);
        // n d^2 + n (α/β) d - EQD2 (2 + α/β) = 0, solved for d > 0
        double a = fractions;
        double b = fractions * alphaBetaGy;
        double c = -eqd2Gy * (2.0 + alphaBetaGy);
        double d = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        return d * fractions;
    }

    private static void check(double dose, int fractions, double alphaBeta) {
        if (dose < 0 || fractions < 1 || !(alphaBeta > 0)) {
            throw new IllegalArgumentException("dose must be >= 0, fractions >= 1, alpha/beta > 0");
        }
    }

    /** Dose rendered with at most one decimal: 54, 21.9, 37.3. */
    public static String gy(double value) {
        double rounded = Math.round(value * 10.0) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
