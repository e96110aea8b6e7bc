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

    private DvhTolerance() {
    }

    public static double tolerance(double a, double b, Unit unit) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return switch (unit) {
            case GY -> Math.max(0.5, 0.02 * larger);
            case CGY -> Math.max(50.0, 0.02 * larger);
            case PERCENT -> Math.max(1.0, 0.02 * larger);
            case CC -> Math.max(0.01, 0.02 * larger);
        };
    }

    /** Tolerance for a curve digitised from an image. */
    public static double digitisedTolerance(double a, double b, Unit unit) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return switch (unit) {
            case GY -> Math.max(1.5, 0.03 * larger);
            case CGY -> Math.max(150.0, 0.03 * larger);
            case PERCENT -> Math.max(3.0, 0.05 * larger);
            case CC -> Math.max(0.05, 0.05 * larger);
        };
    }

    public static boolean differs(double table, double dvh, Unit unit) {
        return Math.abs(table - dvh) > tolerance(table, dvh, unit) + 1e-9;
    }

    /** Whether the table and the evidence differ, with the tolerance its kind (data or digitised) earns. */
    public static boolean differs(double table, DvhEvidence evidence, Unit unit) {
        double tol = evidence.digitised() ? digitisedTolerance(table, evidence.value(), unit)
                : tolerance(table, evidence.value(), unit);
        return Math.abs(table - evidence.value()) > tol + 1e-9;
    }
}
