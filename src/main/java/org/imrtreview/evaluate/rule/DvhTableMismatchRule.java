package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.DvhEvidence;
import org.imrtreview.evaluate.DvhTolerance;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * The table's value differs from the one computed from submitted DVH curves beyond
 * {@link DvhTolerance}. Exported data replace the table value in the verdict; digitised curves
 * only raise the question.
 */
public final class DvhTableMismatchRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.unit() == null) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        check(c, "3D", c.table3d(), c.dvh3d(), flags);
        check(c, "IMRT", c.tableImrt(), c.dvhImrt(), flags);
        return flags;
    }

    private static void check(RowContext c, String plan, CellValue cell, DvhEvidence dvh, List<Flag> flags) {
        if (dvh == null || cell == null || !cell.present() || cell.quantity().unit() != c.unit()) {
            return;
        }
        double table = cell.quantity().value();
        if (!DvhTolerance.differs(table, dvh, c.unit())) {
            return;
        }
        String where = "structure " + Wording.quoted(dvh.structure()) + (dvh.file() == null ? "" : " in " + dvh.file());
        String tableText = Wording.value(table, c.unit());
        String dvhText = dvh.isRange() ? "between " + Wording.value(dvh.low(), c.unit()) + " and "
                + Wording.value(dvh.high(), c.unit()) + " (" + dvh.uncertainty() + ")" : Wording.value(dvh.value(), c.unit());
        String message = dvh.digitised()
                ? "The table gives " + tableText + " for the " + plan + " plan but the curve digitised from the image ("
                        + where + ") reads " + (dvh.isRange() ? "" : "about ") + dvhText + "; digitised curves are approximate, so the verdict keeps the table value. Check the image."
                : "The table gives " + tableText + " for the " + plan + " plan but the submitted DVH data (" + where
                        + ") give " + dvhText + "; the verdict uses the DVH data.";
        flags.add(Flag.of(FlagCode.DVH_TABLE_MISMATCH, message));
    }
}
