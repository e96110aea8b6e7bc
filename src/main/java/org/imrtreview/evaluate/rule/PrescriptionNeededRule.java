package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** A limit in % of the prescription, or per fraction, while the prescription is not known: say what is needed. */
public final class PrescriptionNeededRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.unresolved() == null) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.PRESCRIPTION_NEEDED, "The constraint " + Wording.quoted(c.row().constraint())
                + " cannot be judged yet: " + c.unresolved() + "."));
    }
}
