package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.ImpossibleValues;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * A 3D or IMRT value that no plan can give (a volume above 100 %, a dose above 100 Gy or above twice the
 * prescription): a typing slip, never evidence that only IMRT meets the limit. Blocks support, and the
 * cell is asked for like an unreadable one (decision 0401).
 */
public final class ImpossibleValueRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        List<Flag> flags = new ArrayList<>();
        check(c, "3D", c.row().dose3d(), c.table3d(), ImpossibleValues.why(c, c.table3d(), c.dvh3d()), flags);
        check(c, "IMRT", c.row().doseImrt(), c.tableImrt(), ImpossibleValues.why(c, c.tableImrt(), c.dvhImrt()), flags);
        return flags;
    }

    private static void check(RowContext c, String plan, String text, CellValue cell, String why, List<Flag> flags) {
        if (why == null) {
            return;
        }
        String message = "The " + plan + " value " + Wording.quoted(text) + " is " + why
                + ": no plan gives that, so it is likely a typing slip (a lost decimal point, a number from another"
                + " column). Ask the provider for the correct value, or correct the cell (F2); until then this row"
                + " does not support approval.";
        flags.add(Flag.blocking(FlagCode.VALUE_IMPOSSIBLE, message,
                "A value in the summary table cannot be right as written and has to be confirmed."));
    }
}
