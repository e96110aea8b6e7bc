package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.evaluate.rule.Wording;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Column;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;

/**
 * One organ listed twice in a table with the same metric but different values for a plan (decision
 * 0405): a plan gives one Dmean to the heart, so at least one of the two numbers is wrong, and the row
 * that supports approval may be the wrong one. Without this check, sample 03's table with a second
 * heart row (3D 24.1 Gy, answer "No") beside the first (3D 27.4 Gy, "Yes") still counted the first.
 *
 * <p>Rows are the same organ when their organ cells match (case, spaces and punctuation ignored) and
 * the same metric when the constraints read to the same metric and unit (V20Gy in % and V20Gy in cc are
 * different metrics; "Mean < 26 Gy" and "Dmean < 30 Gy" are the same). Values differ when they are
 * more than rounding (0.05 in the limit's unit) apart. Rows with several limits in one cell are not
 * compared.
 */
public final class ConflictingRows {
    private static final double ROUNDING = 0.05;

    private ConflictingRows() {
    }

    /** A conflict about one plan's value: the other row and its value. */
    public record Conflict(Column column, SummaryRow other, String otherText) {
        public String describe(String here) {
            String plan = column == Column.DOSE_3D ? "3D" : "IMRT";
            return "row " + other.number() + " lists " + Wording.quoted(other.organ().strip()) + " again with "
                    + Wording.quoted(other.constraint() == null ? "" : other.constraint().strip()) + " and a " + plan
                    + " value of " + Wording.quoted(otherText) + " (this row: " + Wording.quoted(here) + ")";
        }
    }

    /** The plans' values of this row that another row of the table contradicts. */
    public static List<Conflict> of(RowContext c) {
        List<Conflict> out = new ArrayList<>();
        SummaryTable table = c.reviewCase() == null ? null : c.reviewCase().table();
        if (table == null || !c.limits().isEmpty() || c.constraint() == null || !c.constraint().parsed()
                || c.constraint().composite() || c.unresolved() != null) {
            return out;
        }
        String organ = organ(c.row().organ());
        if (organ.isEmpty()) {
            return out;
        }
        for (SummaryRow other : table.rows()) {
            if (other.number() == c.row().number() || !organ.equals(organ(other.organ()))) {
                continue;
            }
            ConstraintReading reading = ConstraintParser.read(other.constraint());
            if (!reading.parsed() || !reading.parts().isEmpty() || reading.constraint().composite()
                    || !c.constraint().metric().equals(reading.constraint().metric())
                    || reading.constraint().limit().unit() != c.constraint().limit().unit()) {
                continue;
            }
            differs(Column.DOSE_3D, c.table3d(), QuantityParser.cell(other.dose3d(), reading), other, other.dose3d(), out);
            differs(Column.DOSE_IMRT, c.tableImrt(), QuantityParser.cell(other.doseImrt(), reading), other, other.doseImrt(), out);
        }
        return out;
    }

    private static void differs(Column column, CellValue here, CellValue there, SummaryRow other, String text,
                                List<Conflict> out) {
        if (here == null || there == null || !here.present() || !there.present()
                || here.quantity().unit() != there.quantity().unit()) {
            return;
        }
        if (Math.abs(here.quantity().value() - there.quantity().value()) > ROUNDING + 1e-9
                && out.stream().noneMatch(k -> k.column() == column)) {
            out.add(new Conflict(column, other, text));
        }
    }

    private static String organ(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
