package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.constraint.SourceRecognizer;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The row cites no source for its constraint (policy item 3). */
public final class SourceMissingRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        String source = c.row().source();
        if (!SourceRecognizer.isBlank(source)) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.SOURCE_MISSING,
                "No source is given for this constraint (the policy asks for RTOG, QUANTEC, CORSAIR, institutional, ...)."));
    }
}
