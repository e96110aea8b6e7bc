package org.imrtreview.evaluate.rule;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.DosePlausibility;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.ValueReading;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Unit;

/** A limit or value was converted from cGy to Gy — or read as cGy because it had no unit. */
public final class UnitConvertedRule implements RowRule {

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext c) {
        List<String> parts = new ArrayList<>();
        if (c.reading() != null && c.reading().limitConverted()) {
            parts.add("the limit " + Wording.quoted(c.row().constraint()) + " is in cGy and was read as "
                    + c.constraint().limit());
        }
        describe("3D", c.row().dose3d(), c.table3d(), c, parts);
        describe("IMRT", c.row().doseImrt(), c.tableImrt(), c, parts);
        if (parts.isEmpty()) {
            return List.of();
        }
        String sentence = String.join("; ", parts);
        return List.of(Flag.of(FlagCode.UNIT_CONVERTED, Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + "."));
    }

    private static void describe(String plan, String text, CellValue cell, RowContext c, List<String> parts) {
        if (cell == null || !cell.converted() || !cell.present()) {
            return;
        }
        ValueReading r = QuantityParser.read(text);
        String gy = cell.quantity().toString();
        if (r.unit() == Unit.CGY) {
            parts.add("the " + plan + " value " + Wording.quoted(text) + " was converted to " + gy);
        } else if (c.reading() != null && c.reading().writtenUnit() == Unit.CGY) {
            parts.add("the " + plan + " value " + Wording.quoted(text) + " has no unit; read in the constraint's unit (cGy) as " + gy);
        } else if (r.value() != null && !DosePlausibility.plausibleGy(r.value())) {
            parts.add("the " + plan + " value " + Wording.quoted(text) + " has no unit and " + r.value().intValue()
                    + " Gy is not a plausible dose, so it was read as cGy (" + gy + "); confirm with the provider");
        } else {
            parts.add("the " + plan + " value " + Wording.quoted(text) + " was converted to " + gy);
        }
    }
}
