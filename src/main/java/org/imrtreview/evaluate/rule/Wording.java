package org.imrtreview.evaluate.rule;

import org.imrtreview.evaluate.RowContext;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;

/** Shared phrasing of values in flag messages ("62 Gy", "38%", "no value"). */
public final class Wording {

    private Wording() {
    }

    public static String value(Double v, Unit unit) {
        if (v == null) {
            return "no value";
        }
        String n = number(v);
        if (unit == null) {
            return n;
        }
        return unit == Unit.PERCENT ? n + "%" : n + " " + unit.symbol();
    }

    /**
     * A value at the precision people read doses and volumes at: one decimal from 10 up (24.223 →
     * 24.2), two from 1 up, three below (0.038 cc); no trailing zeros.
     */
    public static String number(double v) {
        double a = Math.abs(v);
        int decimals = a >= 10 ? 1 : a >= 1 ? 2 : 3;
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(v * scale) / scale;
        return Metric.number(rounded == 0 ? 0.0 : rounded);
    }

    /** "3D 62 Gy, IMRT 52 Gy" with the values the verdict used. */
    public static String both(RowContext c) {
        if (c.multiLimit()) {
            return String.join("; ", c.limits().stream().map(l -> l.constraint().metric().label() + ": " + both(l)).toList());
        }
        return "3D " + value(c.dose3d(), c.unit()) + ", IMRT " + value(c.doseImrt(), c.unit());
    }

    /** The cell text in quotes, trimmed. */
    public static String quoted(String text) {
        return "\"" + (text == null ? "" : text.trim()) + "\"";
    }
}
