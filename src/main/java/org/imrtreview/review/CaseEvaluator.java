package org.imrtreview.review;

import java.util.List;
import java.util.Map;
import org.imrtreview.evaluate.CurveEvidenceSource;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.DvhChoices;

/** Evaluates a case with the nurse's checklist overrides (the product's {@link Evaluator}; tests pass their own). */
@FunctionalInterface
public interface CaseEvaluator {
    Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides);

    /** With the reviewer's DVH structure and plan-role choices; evaluators without DVH evidence ignore them. */
    default Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides, DvhChoices choices) {
        return evaluate(reviewCase, overrides);
    }

    static CaseEvaluator standard() {
        Evaluator evaluator = Evaluator.standard();
        return new CaseEvaluator() {
            @Override
            public Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides) {
                return evaluator.evaluate(reviewCase, overrides);
            }

            @Override
            public Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides, DvhChoices choices) {
                if (choices == null || choices.isEmpty()) {
                    return evaluator.evaluate(reviewCase, overrides);
                }
                Map<String, String> structures = choices.structureForOrgan();
                Map<String, PlanKind> roles = choices.planRoles();
                return evaluator.withEvidence(new CurveEvidenceSource(structures, roles)).evaluate(reviewCase, overrides);
            }
        };
    }
}
