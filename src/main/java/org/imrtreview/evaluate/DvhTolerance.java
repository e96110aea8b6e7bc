package org.imrtreview.evaluate;

import org.imrtreview.model.Unit;

/**
 * How far a table value may sit from the value computed from submitted DVH data before they are
 * said to differ (SPEC §4): doses max(0.5 Gy, 2 %); volumes in % max(1 percentage point, 2 %);
 * volumes in cc 2 % (at least 0.01 cc). The 2 % is of the larger of the two values. See
 * docs/decisions/0015. Curves digitised from an image carry the tracing error on top (measured on
 * the synthetic corpus, docs/decisions/0083): doses max(1.5 Gy, 3 %), volumes max(3 points, 5 %),
 * so a digitised curve flags only a difference the image can really show.
 */
public final class DvhTolerance {

    /** Absolute floors per unit and the relative share of the larger value, whichever is wider. */
    private record Allowance(double gy, double percentPoints, double cc, double doseShare, double volumeShare) {
        double of(double a, double b, Unit unit) {
            double larger = Math.max(Math.abs(a), Math.abs(b));
            return switch (unit) {
                case GY -> Math.max(gy, doseShare * larger);
                case CGY -> Math.max(gy * 100, doseShare * larger);
                case PERCENT -> Math.max(percentPoints, volumeShare * larger);
                case CC -> Math.max(cc, volumeShare * larger);
            };
        }
    }

    private static final Allowance EXPORTED_DATA = new Allowance(0.5, 1.0, 0.01, 0.02, 0.02);
    private static final Allowance DIGITISED = new Allowance(1.5, 3.0, 0.05, 0.03, 0.05);

    private DvhTolerance() {
    }

    public static double tolerance(double a, double b, Unit unit) {
        return EXPORTED_DATA.of(a, b, unit);
    }

    /** Tolerance for a curve digitised from an image. */
    public static double digitisedTolerance(double a, double b, Unit unit) {
        return DIGITISED.of(a, b, unit);
    }

    public static boolean differs(double table, double dvh, Unit unit) {
        return Math.abs(table - dvh) > tolerance(table, dvh, unit) + 1e-9;
    }

    /** Whether the table and the evidence differ, with the tolerance its kind (data or digitised) earns. */
    public static boolean differs(double table, DvhEvidence evidence, Unit unit) {
        // Evidence known only as a range (a digitised tail hidden by other curves) differs only
        // when the table lies outside the whole range, by more than the tolerance (decision 0182).
        double nearest = Math.max(evidence.low(), Math.min(evidence.high(), table));
        double tol = evidence.digitised() ? digitisedTolerance(table, nearest, unit) : tolerance(table, nearest, unit);
        return Math.abs(table - nearest) > tol + 1e-9;
    }
}
