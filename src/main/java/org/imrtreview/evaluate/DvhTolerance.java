package org.imrtreview.evaluate;

import org.imrtreview.model.Unit;

/**
 * How far a table value may sit from the value computed from submitted DVH data before they are
 * said to differ (SPEC §4): doses max(0.5 Gy, 2 %); volumes in % max(1 percentage point, 2 %);
 * volumes in cc 2 % (at least 0.01 cc). The 2 % is of the larger of the two values. See
 * docs/decisions/0015.
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

    public static boolean differs(double table, double dvh, Unit unit) {
        return Math.abs(table - dvh) > tolerance(table, dvh, unit) + 1e-9;
    }
}
