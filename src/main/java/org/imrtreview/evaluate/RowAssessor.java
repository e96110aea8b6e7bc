package org.imrtreview.evaluate;

import java.util.Optional;
import org.imrtreview.constraint.AnswerParser;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one row and works out the values its verdicts use: the table's value, or the value from
 * submitted DVH data when the data differ from the table beyond {@link DvhTolerance} (or the table
 * has none). Digitised curves never replace a value (SPEC §4).
 */
public final class RowAssessor {
    private static final Logger LOG = LoggerFactory.getLogger(RowAssessor.class);

    private final DvhEvidenceSource evidence;

    public RowAssessor(DvhEvidenceSource evidence) {
        this.evidence = evidence;
    }

    public RowContext assess(ReviewCase reviewCase, SummaryRow row) {
        ConstraintReading reading = ConstraintParser.read(row.constraint());
        Constraint constraint = reading.constraint();
        CellValue table3d = QuantityParser.cell(row.dose3d(), reading);
        CellValue tableImrt = QuantityParser.cell(row.doseImrt(), reading);
        DvhEvidence dvh3d = null;
        DvhEvidence dvhImrt = null;
        Double dose3d = null;
        Double doseImrt = null;
        Boolean meets3d = null;
        Boolean meetsImrt = null;
        if (reading.parsed()) {
            dvh3d = find(reviewCase, row, constraint, PlanKind.THREE_D);
            dvhImrt = find(reviewCase, row, constraint, PlanKind.IMRT);
            dose3d = valueUsed(comparable(table3d, constraint), dvh3d, constraint);
            doseImrt = valueUsed(comparable(tableImrt, constraint), dvhImrt, constraint);
            meets3d = dose3d == null ? null : constraint.isMetBy(dose3d);
            meetsImrt = doseImrt == null ? null : constraint.isMetBy(doseImrt);
        }
        return new RowContext(reviewCase, row, constraint, table3d, tableImrt, dvh3d, dvhImrt, dose3d, doseImrt,
                meets3d, meetsImrt, AnswerParser.parse(row.answer()), reading);
    }

    /** The table value when it is in the limit's unit, else null (e.g. cc against a % limit). */
    static Double comparable(CellValue cell, Constraint constraint) {
        if (cell == null || !cell.present() || !constraint.parsed()) {
            return null;
        }
        return cell.quantity().unit() == constraint.limit().unit() ? cell.quantity().value() : null;
    }

    private static Double valueUsed(Double table, DvhEvidence dvh, Constraint constraint) {
        if (dvh == null || dvh.digitised()) {
            return table;
        }
        if (table == null || DvhTolerance.differs(table, dvh.value(), constraint.limit().unit())) {
            return dvh.value();
        }
        return table;
    }

    private DvhEvidence find(ReviewCase reviewCase, SummaryRow row, Constraint constraint, PlanKind plan) {
        try {
            Optional<DvhEvidence> found = evidence.find(reviewCase, row, constraint, plan);
            return found == null ? null : found.filter(e -> Double.isFinite(e.value())).orElse(null);
        } catch (RuntimeException e) {
            // Evidence is a cross-check; a failing source must not stop the evaluation.
            LOG.warn("DVH evidence lookup failed for row {}: {}", row.number(), e.getClass().getSimpleName());
            return null;
        }
    }
}
