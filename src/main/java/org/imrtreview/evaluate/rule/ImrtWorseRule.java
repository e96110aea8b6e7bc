package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The 3D plan meets the constraint and the IMRT plan does not. */
public final class ImrtWorseRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        if (!Boolean.TRUE.equals(c.meets3d()) || !Boolean.FALSE.equals(c.meetsImrt())) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.IMRT_WORSE, "The 3D plan meets " + c.describe() + " ("
                + Wording.value(c.dose3d(), c.unit()) + ") but the IMRT plan does not ("
                + Wording.value(c.doseImrt(), c.unit()) + ")."));
    }
}
