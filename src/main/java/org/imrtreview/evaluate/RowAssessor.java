package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrtreview.constraint.AnswerParser;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.ValuePairing;
import org.imrtreview.model.Answer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Column;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one row and works out the values its verdicts use: the table's value, or the value from
 * submitted DVH data when the data differ from the table beyond {@link DvhTolerance} (or the table
 * has none). Digitised curves never replace a value (SPEC §4).
 *
 * <p>Limits that depend on the request (% of the prescription, a dose per fraction) are worked out
 * by {@link LimitResolver}; a cell with several limits is judged limit by limit, each with its own
 * paired values ({@link ValuePairing}), and a plan meets the row only when it meets every limit.
 */
public final class RowAssessor {
    private static final Logger LOG = LoggerFactory.getLogger(RowAssessor.class);

    private final DvhEvidenceSource evidence;

    public RowAssessor(DvhEvidenceSource evidence) {
        this.evidence = evidence;
    }

    public RowContext assess(ReviewCase reviewCase, SummaryRow row) {
        ConstraintReading reading = ConstraintParser.read(row.constraint());
        Answer answer = AnswerParser.parse(row.answer());
        if (reading.parts().isEmpty()) {
            return assessLimit(reviewCase, row, reading, answer);
        }
        List<ConstraintReading> parts = reading.parts();
        List<String> values3d = ValuePairing.pair(row.dose3d(), parts).texts();
        List<String> valuesImrt = ValuePairing.pair(row.doseImrt(), parts).texts();
        List<RowContext> limits = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SummaryRow narrowed = row.with(Column.CONSTRAINT, parts.get(i).text())
                    .with(Column.DOSE_3D, values3d.get(i)).with(Column.DOSE_IMRT, valuesImrt.get(i));
            limits.add(assessLimit(reviewCase, narrowed, parts.get(i), answer));
        }
        Boolean meets3d = allMet(limits.stream().map(RowContext::meets3d).toList());
        Boolean meetsImrt = allMet(limits.stream().map(RowContext::meetsImrt).toList());
        return new RowContext(reviewCase, row, reading.constraint(), CellValue.missing(row.dose3d()),
                CellValue.missing(row.doseImrt()), null, null, null, null, meets3d, meetsImrt, answer, reading, null, null,
                null, limits);
    }

    /** Meets every limit: false as soon as one is failed, null when none is failed but one is unknown. */
    static Boolean allMet(List<Boolean> verdicts) {
        if (verdicts.contains(Boolean.FALSE)) {
            return false;
        }
        return verdicts.contains(null) ? null : true;
    }

    private RowContext assessLimit(ReviewCase reviewCase, SummaryRow row, ConstraintReading parsed, Answer answer) {
        LimitResolver.Resolved resolved = LimitResolver.resolve(parsed, reviewCase.request(), row.dose3d(), row.doseImrt());
        ConstraintReading reading = resolved.reading();
        Constraint constraint = reading.constraint();
        CellValue table3d = resolved.cell(row.dose3d());
        CellValue tableImrt = resolved.cell(row.doseImrt());
        DvhEvidence dvh3d = null;
        DvhEvidence dvhImrt = null;
        Double dose3d = null;
        Double doseImrt = null;
        Boolean meets3d = null;
        Boolean meetsImrt = null;
        if (reading.parsed() && resolved.unresolved() == null) {
            dvh3d = find(reviewCase, row, constraint, PlanKind.THREE_D);
            dvhImrt = find(reviewCase, row, constraint, PlanKind.IMRT);
            dose3d = valueUsed(comparable(table3d, constraint), dvh3d, constraint);
            doseImrt = valueUsed(comparable(tableImrt, constraint), dvhImrt, constraint);
            Constraint for3d = constraint.withLimit(resolved.limit3d());
            meets3d = dose3d == null ? null : for3d.isMetBy(dose3d);
            meetsImrt = doseImrt == null ? null : constraint.isMetBy(doseImrt);
        }
        Quantity limit3d = reading.parsed() ? resolved.limit3d() : null;
        return new RowContext(reviewCase, row, constraint, table3d, tableImrt, dvh3d, dvhImrt, dose3d, doseImrt,
                meets3d, meetsImrt, answer, reading, limit3d, resolved.explanation(), resolved.unresolved(), List.of());
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
