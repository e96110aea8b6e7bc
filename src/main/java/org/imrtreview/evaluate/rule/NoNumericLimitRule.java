package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** "ALARA", "as low as possible": read, not a misprint, but without a number it cannot show that only IMRT meets a limit. */
public final class NoNumericLimitRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.reading() == null || !c.reading().noNumericLimit()) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.NO_NUMERIC_LIMIT, "The constraint " + Wording.quoted(c.row().constraint())
                + " asks for a dose as low as possible but gives no number, so this row cannot show that only IMRT"
                + " meets a limit. It does not count towards approval, and its empty cells are not requested."));
    }
}
