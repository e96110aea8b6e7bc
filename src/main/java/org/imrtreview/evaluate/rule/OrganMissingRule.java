package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The row does not name its organ at risk. */
public final class OrganMissingRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        String organ = c.row().organ();
        if (organ != null && !organ.isBlank()) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.ORGAN_MISSING, "The row does not name the organ at risk."));
    }
}
