package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The constraint was read with an assumption (bare "< 54 Gy" as Dmax, "Max 45 Gy" as ≤): show it. */
public final class ConstraintInterpretedRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.reading() == null || !c.reading().parsed()
                || c.reading().interpretations().isEmpty() && c.explanation() == null) {
            return List.of();
        }
        if (c.reading().interpretations().isEmpty()) {
            return List.of(Flag.of(FlagCode.CONSTRAINT_INTERPRETED, "Read " + Wording.quoted(c.row().constraint()) + " as "
                    + c.describe() + "."));
        }
        return List.of(Flag.of(FlagCode.CONSTRAINT_INTERPRETED, "Read " + Wording.quoted(c.row().constraint()) + " as "
                + c.describe() + ": " + String.join("; ", c.reading().interpretations())
                + ". Check that this is what the provider meant."));
    }
}
