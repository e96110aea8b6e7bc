package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.evaluate.rule.AnswerMismatchRule;
import org.imrtreview.evaluate.rule.AnswerMissingRule;
import org.imrtreview.evaluate.rule.BorderlineRule;
import org.imrtreview.evaluate.rule.ConstraintInterpretedRule;
import org.imrtreview.evaluate.rule.ConstraintUnparsedRule;
import org.imrtreview.evaluate.rule.DvhTableMismatchRule;
import org.imrtreview.evaluate.rule.ConflictingRowsRule;
import org.imrtreview.evaluate.rule.ImpossibleValueRule;
import org.imrtreview.evaluate.rule.ImrtWorseRule;
import org.imrtreview.evaluate.rule.OcrUncertainRule;
import org.imrtreview.evaluate.rule.OrganMissingRule;
import org.imrtreview.evaluate.rule.OrganNotInDvhRule;
import org.imrtreview.evaluate.rule.WrittenFractionationRule;
import org.imrtreview.evaluate.rule.SeveralLimitsPublishedRule;
import org.imrtreview.evaluate.rule.PrescriptionNeededRule;
import org.imrtreview.evaluate.rule.SeveralLimitsRule;
import org.imrtreview.evaluate.rule.NoNumericLimitRule;
import org.imrtreview.evaluate.rule.OrganRecognitionRule;
import org.imrtreview.evaluate.rule.PublishedConstraintRule;
import org.imrtreview.evaluate.rule.SourceMissingRule;
import org.imrtreview.evaluate.rule.SourceUnrecognizedRule;
import org.imrtreview.evaluate.rule.UnitConvertedRule;
import org.imrtreview.evaluate.rule.ValueMissingRule;

/**
 * The row rules the product ships, in the order their flags are listed. Adding a rule is adding a
 * class and one line here (the published-constraint check joins this list).
 */
public final class StandardRules {

    private StandardRules() {
    }

    public static List<RowRule> all() {
        return List.of(
                new OcrUncertainRule(),
                new OrganMissingRule(),
                new OrganRecognitionRule(),
                new ConstraintUnparsedRule(),
                new NoNumericLimitRule(),
                new SeveralLimitsRule(),
                new ConstraintInterpretedRule(),
                new PrescriptionNeededRule(),
                new ValueMissingRule(),
                new ImpossibleValueRule(),
                new ConflictingRowsRule(),
                new UnitConvertedRule(),
                new DvhTableMismatchRule(),
                new OrganNotInDvhRule(),
                new SourceMissingRule(),
                new SourceUnrecognizedRule(),
                new PublishedConstraintRule(),
                new SeveralLimitsPublishedRule(),
                new WrittenFractionationRule(),
                new AnswerMissingRule(),
                new ImrtWorseRule(),
                new AnswerMismatchRule(),
                new BorderlineRule());
    }
}
