package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.ValuePairing;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** Says how a cell with several limits was read and how the values were paired with them. */
public final class SeveralLimitsRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        if (!c.multiLimit()) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("Read " + Wording.quoted(c.row().constraint()) + " as " + c.limits().size() + " limits: "
                + c.describe() + "; a plan meets this row only when it meets every limit.");
        pairing("3D", c.row().dose3d(), c, sentences);
        pairing("IMRT", c.row().doseImrt(), c, sentences);
        return List.of(Flag.of(FlagCode.CONSTRAINT_INTERPRETED, String.join(" ", sentences)));
    }

    private static void pairing(String plan, String text, RowContext c, List<String> sentences) {
        ValuePairing.Pairing p = ValuePairing.pair(text, c.reading().parts());
        if (p.note() != null) {
            sentences.add("The " + plan + " cell " + Wording.quoted(text) + " " + p.note() + ".");
        }
    }
}
