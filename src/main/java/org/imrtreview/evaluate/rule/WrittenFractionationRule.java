package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.constraint.library.Fractionation;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * The constraint cell names its own number of fractions ("6 Gy × 5", "in 5 fx") and the request's
 * prescription has another: a limit for another schedule cannot show that only IMRT meets the
 * limits of this course, so the row does not support approval (blocking FRACTIONATION_MISMATCH).
 */
public final class WrittenFractionationRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        Integer written = c.reading() == null || !c.reading().parsed() ? null : c.reading().fractions();
        Fractionation fx = c.reviewCase().request() == null ? null : Fractionation.of(c.reviewCase().request().prescription());
        if (written == null || fx == null || written == fx.fractions()) {
            return List.of();
        }
        return List.of(Flag.blocking(FlagCode.FRACTIONATION_MISMATCH, "The constraint " + Wording.quoted(c.row().constraint())
                        + " is written for " + written + (written == 1 ? " fraction" : " fractions") + ", but the prescription is "
                        + fx.describe() + ". A limit for another schedule cannot show that only IMRT meets the constraints for"
                        + " this course, so this row does not support approval; correct the cell or ask the provider.",
                "the limit used is meant for a different treatment schedule (number of treatments) than the one planned,"
                        + " so it cannot show that only IMRT protects this organ."));
    }
}
