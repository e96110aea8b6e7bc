package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.model.Answer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;

/**
 * What a {@link RowRule} sees of one row after parsing: the constraint, the table's values
 * (converted to the constraint's unit), the DVH evidence when the case carries curves for this
 * organ and metric, the values the verdict uses, and the verdicts themselves (null when a value is
 * missing or the constraint is unparsed). {@code reading} tells how the constraint text was read
 * (written unit, interpretations, why it could not be read).
 *
 * <p>A limit is worked out with the request in hand: {@code limit3d} is the limit the 3D value is
 * compared with (the looser end of a range; otherwise the constraint's limit), {@code explanation}
 * how the limit was obtained ("105% of 60 Gy = 63 Gy"), {@code unresolved} why it could not be
 * (the prescription is needed and unknown). A row whose cell holds several limits has one context
 * per limit in {@code limits} (each with the row's cells narrowed to that limit's words and
 * values); its own values are null and its verdicts are true only when every limit is met.
 */
public record RowContext(ReviewCase reviewCase, SummaryRow row, Constraint constraint,
                         CellValue table3d, CellValue tableImrt, DvhEvidence dvh3d, DvhEvidence dvhImrt,
                         Double dose3d, Double doseImrt, Boolean meets3d, Boolean meetsImrt, Answer answer,
                         ConstraintReading reading, Quantity limit3d, String explanation, String unresolved,
                         List<RowContext> limits) {

    public RowContext {
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    public RowContext(ReviewCase reviewCase, SummaryRow row, Constraint constraint,
                      CellValue table3d, CellValue tableImrt, DvhEvidence dvh3d, DvhEvidence dvhImrt,
                      Double dose3d, Double doseImrt, Boolean meets3d, Boolean meetsImrt, Answer answer,
                      ConstraintReading reading) {
        this(reviewCase, row, constraint, table3d, tableImrt, dvh3d, dvhImrt, dose3d, doseImrt, meets3d, meetsImrt,
                answer, reading, constraint != null && constraint.parsed() ? constraint.limit() : null, null, null,
                List.of());
    }

    /** For rules and tests that build a context from a constraint alone (no interpretation notes). */
    public RowContext(ReviewCase reviewCase, SummaryRow row, Constraint constraint,
                      CellValue table3d, CellValue tableImrt, DvhEvidence dvh3d, DvhEvidence dvhImrt,
                      Double dose3d, Double doseImrt, Boolean meets3d, Boolean meetsImrt, Answer answer) {
        this(reviewCase, row, constraint, table3d, tableImrt, dvh3d, dvhImrt, dose3d, doseImrt, meets3d, meetsImrt,
                answer, ConstraintReading.of(constraint));
    }

    /** {@code !meets3d && meetsImrt}, null when either verdict is unknown. */
    public Boolean onlyImrtMeets() {
        return meets3d == null || meetsImrt == null ? null : !meets3d && meetsImrt;
    }

    /** The unit of the values compared (the limit's unit), null when the constraint is unparsed. */
    public Unit unit() {
        return constraint != null && constraint.parsed() ? constraint.limit().unit() : null;
    }

    /** True when the cell holds several limits (see {@link #limits()}). */
    public boolean multiLimit() {
        return !limits.isEmpty();
    }

    /** The limits to judge one by one: the parts of a multi-limit row, else this row alone. */
    public List<RowContext> eachLimit() {
        return limits.isEmpty() ? List.of(this) : limits;
    }

    /** The limit as the row shows it: "Dmax < 63 Gy (105% of 60 Gy = 63 Gy)"; all limits joined for a multi-limit row. */
    public String describe() {
        if (multiLimit()) {
            return String.join(" and ", limits.stream().map(RowContext::describe).toList());
        }
        String c = constraint == null ? "" : constraint.canonical();
        return explanation == null ? c : c + " (" + explanation + ")";
    }

    /** The organ as written, or "Row n" when the organ cell is empty. */
    public String organLabel() {
        return row.organ() == null || row.organ().isBlank() ? "Row " + row.number() : row.organ().trim();
    }
}
