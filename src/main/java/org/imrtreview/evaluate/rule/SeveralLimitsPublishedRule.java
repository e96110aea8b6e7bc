package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.library.Fractionation;
import org.imrtreview.constraint.library.PublishedComparison;
import org.imrtreview.constraint.library.PublishedConstraintCheck;
import org.imrtreview.constraint.library.Regime;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;

/**
 * The published-constraint check of a row with several limits, taken as a whole: each limit is
 * checked on its own ({@link PublishedConstraintRule}), and here the row's verdict is worked out
 * again with every checked limit at its published value. When "only IMRT meets the row" holds as
 * cited but not under the published values (for instance IMRT fails a limit the source publishes
 * stricter than cited), the row does not support approval.
 */
public final class SeveralLimitsPublishedRule implements RowRule {
    private final PublishedConstraintCheck check;

    public SeveralLimitsPublishedRule(PublishedConstraintCheck check) {
        this.check = check;
    }

    public SeveralLimitsPublishedRule() {
        this(PublishedConstraintCheck.standard());
    }

    @Override
    public List<Flag> apply(RowContext c) {
        if (!c.multiLimit() || !Boolean.TRUE.equals(c.onlyImrtMeets())) {
            return List.of();
        }
        Fractionation fx = c.reviewCase().request() == null ? null : Fractionation.of(c.reviewCase().request().prescription());
        if (fx == null || fx.regime() == Regime.HYPOFRACTIONATED) {
            return List.of();
        }
        boolean all3d = true;
        boolean allImrt = true;
        List<String> changed = new ArrayList<>();
        for (RowContext l : c.limits()) {
            PublishedComparison cmp = PublishedConstraintRule.compare(check, l);
            boolean m3 = Boolean.TRUE.equals(l.meets3d());
            boolean mi = Boolean.TRUE.equals(l.meetsImrt());
            boolean differs = cmp.outcome() == PublishedComparison.Outcome.STRICTER_THAN_PUBLISHED
                    || cmp.outcome() == PublishedComparison.Outcome.LOOSER_THAN_PUBLISHED;
            if (differs && cmp.reference() != null && !cmp.reference().secondary() && !cmp.reference().relativeToPrescription()) {
                Quantity published = cmp.reference().absoluteLimit(fx.totalDoseGy());
                if (published != null && published.inGy().unit() == l.constraint().limit().unit()) {
                    Operator op = cmp.reference().operator();
                    double v = published.inGy().value();
                    m3 = l.dose3d() != null && op.test(l.dose3d(), v);
                    mi = l.doseImrt() != null && op.test(l.doseImrt(), v);
                    changed.add(l.constraint().metric().label() + " at the published " + cmp.reference().sourceLabel() + " "
                            + cmp.reference().constraintText());
                }
            }
            all3d &= m3;
            allImrt &= mi;
        }
        if (changed.isEmpty() || !all3d && allImrt) {
            return List.of();
        }
        return List.of(Flag.blocking(codeFor(c),
                "With every limit at its published value (" + String.join("; ", changed) + "), \"only IMRT meets this row\""
                        + " no longer holds, so this row does not support approval; the physician reviewer decides.",
                "with the published limits for this organ, the plans no longer differ in the way the table shows."));
    }

    private FlagCode codeFor(RowContext c) {
        for (RowContext l : c.limits()) {
            PublishedComparison cmp = PublishedConstraintRule.compare(check, l);
            if (cmp.outcome() == PublishedComparison.Outcome.LOOSER_THAN_PUBLISHED) {
                return FlagCode.LOOSER_THAN_PUBLISHED;
            }
        }
        return FlagCode.STRICTER_THAN_PUBLISHED;
    }
}
