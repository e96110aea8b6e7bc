package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The constraint text could not be read; it is kept verbatim and the row has no verdict. */
public final class ConstraintUnparsedRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.constraint() != null && c.constraint().readable()
                || c.reading() != null && c.reading().noNumericLimit()) {
            return List.of();
        }
        String text = c.row().constraint();
        if (text == null || text.isBlank()) {
            return List.of(Flag.of(FlagCode.CONSTRAINT_UNPARSED, "No dose constraint is given, so this row cannot be judged."));
        }
        String why = c.reading() != null && c.reading().problem() != null ? ": " + c.reading().problem() : "";
        return List.of(Flag.of(FlagCode.CONSTRAINT_UNPARSED, "The constraint " + Wording.quoted(text)
                + " could not be read" + why + ". Read it yourself and correct the cell if needed."));
    }
}
