package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;

/**
 * Evaluates a case per SPEC §4. SCAFFOLD: signatures fixed so every ring can compile against them;
 * the implementation lands with the review-core work (issue 2).
 */
public final class Evaluator {
    private final List<RowRule> rules;
    private final DvhEvidenceSource evidence;

    public Evaluator(List<RowRule> rules, DvhEvidenceSource evidence) {
        this.rules = List.copyOf(rules);
        this.evidence = evidence;
    }

    /** The rules and evidence sources the product ships. */
    public static Evaluator standard() {
        return new Evaluator(List.of(), DvhEvidenceSource.none());
    }

    public Evaluation evaluate(ReviewCase reviewCase) {
        return evaluate(reviewCase, List.of());
    }

    public Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides) {
        throw new UnsupportedOperationException("evaluation not implemented yet");
    }
}
