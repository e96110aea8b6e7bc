package org.imrtreview.evaluate;

import org.imrtreview.model.Answer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;

/**
 * What a {@link RowRule} sees of one row after parsing: the constraint, the table's values
 * (converted to the constraint's unit), the DVH evidence when the case carries curves for this
 * organ and metric, the values the verdict uses, and the verdicts themselves (null when a value is
 * missing or the constraint is unparsed).
 */
public record RowContext(ReviewCase reviewCase, SummaryRow row, Constraint constraint,
                         CellValue table3d, CellValue tableImrt, DvhEvidence dvh3d, DvhEvidence dvhImrt,
                         Double dose3d, Double doseImrt, Boolean meets3d, Boolean meetsImrt, Answer answer) {

    /** {@code !meets3d && meetsImrt}, null when either verdict is unknown. */
    public Boolean onlyImrtMeets() {
        return meets3d == null || meetsImrt == null ? null : !meets3d && meetsImrt;
    }
}
