package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.ConflictingRows;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Column;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * The same organ and metric appear in another row with a different value for a plan: one of the two is
 * wrong, so neither row supports, and the values are asked for (decision 0405).
 */
public final class ConflictingRowsRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        List<Flag> flags = new ArrayList<>();
        for (ConflictingRows.Conflict k : ConflictingRows.of(c)) {
            String here = k.column() == Column.DOSE_3D ? c.row().dose3d() : c.row().doseImrt();
            flags.add(Flag.blocking(FlagCode.ROWS_CONFLICT, "The table contradicts itself: " + k.describe(here)
                    + ". One plan gives one value for one organ and metric, so one of the two is wrong. Ask the"
                    + " provider which is right, or correct the cell (F2); until then neither row supports approval.",
                    "The summary table gives two different values for the same organ."));
        }
        return flags;
    }
}
