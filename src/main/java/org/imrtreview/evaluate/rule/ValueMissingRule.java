package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.ValueReading;
import org.imrtreview.evaluate.DvhEvidence;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Metric;

/** A 3D or IMRT cell is empty, unreadable, or in a unit that cannot be compared with the limit. */
public final class ValueMissingRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        List<Flag> flags = new ArrayList<>();
        if (c.unresolved() != null) {
            return flags; // the limit itself is not known yet: PRESCRIPTION_NEEDED says what is needed
        }
        check(c, "3D", c.row().dose3d(), c.table3d(), c.dvh3d(), c.dose3d(), flags);
        check(c, "IMRT", c.row().doseImrt(), c.tableImrt(), c.dvhImrt(), c.doseImrt(), flags);
        return flags;
    }

    private static void check(RowContext c, String plan, String text, CellValue cell, DvhEvidence dvh, Double used,
                              List<Flag> flags) {
        ValueReading r = QuantityParser.read(text);
        String problem;
        if (r.status() == ValueReading.Status.BLANK) {
            problem = "The " + plan + " value is missing" + (text == null || text.isBlank() ? "" : " (" + Wording.quoted(text) + ")");
        } else if (r.status() == ValueReading.Status.UNREADABLE) {
            problem = "The " + plan + " value " + Wording.quoted(text) + " could not be read as a number with a unit";
        } else if (cell != null && !cell.present() && r.hasValue() && r.unit() == null
                && QuantityParser.fractionOfWhole(r.value(), c.reading())) {
            problem = "The " + plan + " value " + Wording.quoted(text) + " has no unit and reads either as a percentage ("
                    + Metric.number(r.value()) + " %) or as a fraction of the organ (" + Metric.number(r.value() * 100)
                    + " %), which fall on different sides of the limit; it is not guessed — ask for the value with its unit";
        } else if (c.unit() != null && cell != null && cell.present() && cell.quantity().unit() != c.unit()) {
            problem = "The " + plan + " value " + Wording.quoted(text) + " is in " + cell.quantity().unit().symbol()
                    + " but the limit is in " + c.unit().symbol() + ", so they cannot be compared";
        } else {
            return;
        }
        String tail = used != null && dvh != null
                ? "; the submitted DVH data give " + Wording.value(used, c.unit()) + ", which the verdict uses."
                : ".";
        flags.add(Flag.of(FlagCode.VALUE_MISSING, problem + tail));
    }
}
