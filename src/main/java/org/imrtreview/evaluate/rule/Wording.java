package org.imrtreview.evaluate.rule;

import org.imrtreview.evaluate.RowContext;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/** Shared phrasing of values in flag messages ("62 Gy", "38%", "no value"). */
public final class Wording {

    private Wording() {
    }

    public static String value(Double v, Unit unit) {
        if (v == null) {
            return "no value";
        }
        return unit == null ? String.valueOf(v) : new Quantity(v, unit).toString();
    }

    /** "3D 62 Gy, IMRT 52 Gy" with the values the verdict used. */
    public static String both(RowContext c) {
        return "3D " + value(c.dose3d(), c.unit()) + ", IMRT " + value(c.doseImrt(), c.unit());
    }

    /** The cell text in quotes, trimmed. */
    public static String quoted(String text) {
        return "\"" + (text == null ? "" : text.trim()) + "\"";
    }
}
