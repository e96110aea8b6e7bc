package org.imrtreview.evaluate;

import org.imrtreview.evaluate.rule.Wording;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Request;
import org.imrtreview.model.Unit;

/**
 * A table value no treatment plan can give (decision 0401): a volume above 100 % of the organ, an
 * organ-at-risk dose above {@value #MAX_DOSE_GY} Gy, or more than twice the prescribed total dose.
 * Such a number is a typing slip ("274 Gy" for 27.4, "138%" for 38 %, "1,234.5" in a % column), not a
 * plan's result. Taken as written it fails the constraint for that plan, and in the 3D column that
 * reads as "only IMRT meets it". So the cell counts as unreadable: the row does not support approval
 * and the value is asked for, as for an empty cell.
 *
 * <p>Only a table value the verdict would use is judged: when exported DVH data replace it (they
 * differ beyond tolerance), the data are the evidence and {@code DVH_TABLE_MISMATCH} already says so.
 */
public final class ImpossibleValues {
    /** No organ-at-risk dose of an external-beam plan comes near this (prescriptions end below 90 Gy). */
    static final double MAX_DOSE_GY = 100;

    private ImpossibleValues() {
    }

    /** Why the value of {@code cell} (a 3D or IMRT cell of one limit) cannot be a plan's result; null when it can. */
    public static String why(RowContext c, CellValue cell, DvhEvidence dvh) {
        if (c.unresolved() != null || c.constraint() == null || !c.constraint().parsed() || c.constraint().composite()
                || cell == null || !cell.present() || cell.quantity().unit() != c.unit()) {
            return null;
        }
        if (dvh != null && !dvh.digitised() && DvhTolerance.differs(cell.quantity().value(), dvh.value(), c.unit())) {
            return null; // the exported data are used instead
        }
        double v = cell.quantity().value();
        MetricKind kind = c.constraint().metric() == null ? null : c.constraint().metric().kind();
        if (c.unit() == Unit.PERCENT && kind != null && !kind.yieldsDose() && v > 100) {
            return "a volume above 100 % of the organ";
        }
        if (c.unit() == Unit.GY) {
            if (v > MAX_DOSE_GY) {
                return "a dose above " + (int) MAX_DOSE_GY + " Gy, which no organ at risk receives";
            }
            Request r = c.reviewCase() == null ? null : c.reviewCase().request();
            Double rx = r == null || r.prescription() == null ? null : r.prescription().totalDoseGy();
            if (rx != null && rx > 0 && v > 2 * rx) {
                return "more than twice the prescribed total dose of " + Wording.number(rx) + " Gy";
            }
        }
        return null;
    }
}
