package org.imrtreview.ui.casereview;

import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;

/** Evaluates a case with the nurse's checklist overrides (the product's {@link Evaluator}; tests pass their own). */
@FunctionalInterface
public interface CaseEvaluator {
    Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides);

    static CaseEvaluator standard() {
        Evaluator evaluator = Evaluator.standard();
        return evaluator::evaluate;
    }
}
