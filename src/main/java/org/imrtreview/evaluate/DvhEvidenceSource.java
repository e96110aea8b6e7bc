package org.imrtreview.evaluate;

import java.util.Optional;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;

/** Finds, in the case's DVH curves, the value of a row's metric for one plan. */
@FunctionalInterface
public interface DvhEvidenceSource {

    Optional<DvhEvidence> find(ReviewCase reviewCase, SummaryRow row, Constraint constraint, PlanKind plan);

    static DvhEvidenceSource none() {
        return (c, r, k, p) -> Optional.empty();
    }
}
