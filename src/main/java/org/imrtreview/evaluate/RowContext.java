package org.imrtreview.evaluate;

import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.model.Answer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;

/**
 * What a {@link RowRule} sees of one row after parsing: the constraint, the table's values
 * (converted to the constraint's unit), the DVH evidence when the case carries curves for this
 * organ and metric, the values the verdict uses, and the verdicts themselves (null when a value is
 * missing or the constraint is unparsed). {@code reading} tells how the constraint text was read
 * (written unit, interpretations, why it could not be read).
 */
public record RowContext(ReviewCase reviewCase, SummaryRow row, Constraint constraint,
                         CellValue table3d, CellValue tableImrt, DvhEvidence dvh3d, DvhEvidence dvhImrt,
                         Double dose3d, Double doseImrt, Boolean meets3d, Boolean meetsImrt, Answer answer,
                         ConstraintReading reading) {

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

    /** The organ as written, or "Row n" when the organ cell is empty. */
    public String organLabel() {
        return row.organ() == null || row.organ().isBlank() ? "Row " + row.number() : row.organ().trim();
    }
}
