package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.ConstraintReading;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.ValueReading;
import org.imrtreview.evaluate.rule.Wording;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Request;
import org.imrtreview.model.Unit;

/**
 * Works out a limit that depends on the request, and says how (SPEC §4 as extended in
 * docs/evaluation.md, "Limits that need the prescription"):
 * <ul>
 *   <li>% of the prescription: with the prescription known, "105% of 60 Gy = 63 Gy" and values in %
 *       converted the same way; unknown, values in % are compared in %, anything else is unresolved;</li>
 *   <li>a dose per fraction without a count ("3 Gy/fx"): multiplied by the prescription's fractions,
 *       unresolved when they are unknown;</li>
 *   <li>a critical-volume limit: compared in the unit the values are written in (DC700cc &lt; 15 Gy
 *       for doses, CV15Gy ≥ 700 cc for volumes).</li>
 * </ul>
 * Unresolved limits give no verdict (fail closed) and name what is needed.
 */
final class LimitResolver {

    /**
     * The reading to compare with (dose limits in Gy), the 3D comparison limit (range), how it was worked
     * out, why it could not be, and the factor turning a value in % of the prescription into Gy (null when
     * values in % are compared as written).
     */
    record Resolved(ConstraintReading reading, Quantity limit3d, String explanation, String unresolved,
                    Double gyPerPercent) {

        /** A value cell in the resolved limit's unit. */
        CellValue cell(String text) {
            if (gyPerPercent != null) {
                ValueReading r = QuantityParser.read(text);
                if (r.hasValue() && (r.unit() == null || r.unit() == Unit.PERCENT)) {
                    return new CellValue(text, new Quantity(r.value() * gyPerPercent, Unit.GY), true);
                }
            }
            return QuantityParser.cell(text, reading);
        }
    }

    private LimitResolver() {
    }

    static Resolved resolve(ConstraintReading reading, Request request, String text3d, String textImrt) {
        if (!reading.parsed()) {
            return new Resolved(reading, null, null, null, null);
        }
        Request.Prescription rx = request == null ? null : request.prescription();
        Double totalGy = rx == null || rx.totalDoseGy() == null || !(rx.totalDoseGy() > 0) ? null : rx.totalDoseGy();
        Integer fractions = rx == null || rx.fractions() == null || rx.fractions() < 1 ? null : rx.fractions();
        Constraint c = reading.constraint();
        Quantity limit3d = reading.looseLimit() != null ? reading.looseLimit() : c.limit();
        List<String> explained = new ArrayList<>();
        if (reading.explanation() != null) {
            explained.add(reading.explanation());
        }
        Double gyPerPercent = null;
        if (reading.ofPrescription()) {
            String percent = c.limit() + " of the prescription";
            if (totalGy != null) {
                gyPerPercent = totalGy / 100.0;
                Quantity gy = new Quantity(c.limit().value() * gyPerPercent, Unit.GY);
                explained.add(0, c.limit() + " of " + Wording.value(totalGy, Unit.GY) + " = " + Wording.value(gy.value(), Unit.GY));
                limit3d = new Quantity(limit3d.value() * gyPerPercent, Unit.GY);
                c = c.withLimit(gy);
            } else if (inPercent(text3d) && inPercent(textImrt)) {
                explained.add(0, percent + "; the values are in % of it too, so they are compared as written");
            } else {
                return unresolved(reading, limit3d, explained, "the limit is " + percent + ", and the prescription is not"
                        + " known: enter the prescribed total dose in the request details, or ask the provider");
            }
        }
        if (reading.perFraction()) {
            if (fractions == null) {
                return unresolved(reading, limit3d, explained, "the limit is " + c.limit() + " per fraction, and the number of"
                        + " fractions is not known: enter the prescription in the request details, or ask the provider");
            }
            Quantity perFx = c.limit();
            c = c.withLimit(new Quantity(perFx.value() * fractions, perFx.unit()));
            limit3d = new Quantity(limit3d.value() * fractions, limit3d.unit());
            explained.add(0, perFx + " per fraction × " + fractions + " fractions (the prescription's) = " + c.limit());
        }
        ConstraintReading out = withConstraint(reading, c);
        if (reading.alternative() != null && writtenIn(reading.alternative().limit().unit(), text3d, textImrt)
                && !writtenIn(c.limit().unit(), text3d, textImrt)) {
            Constraint alt = reading.alternative();
            explained.add("the values are " + (alt.limit().unit() == Unit.CC ? "volumes" : "doses")
                    + ", so the same critical-volume limit is compared as " + alt.canonical());
            out = withConstraint(reading, alt);
            limit3d = alt.limit();
        }
        return new Resolved(out, limit3d, explained.isEmpty() ? null : String.join("; ", explained), null, gyPerPercent);
    }

    private static Resolved unresolved(ConstraintReading reading, Quantity limit3d, List<String> explained, String why) {
        return new Resolved(reading, limit3d, explained.isEmpty() ? null : String.join("; ", explained), why, null);
    }

    private static ConstraintReading withConstraint(ConstraintReading r, Constraint c) {
        Unit written = r.writtenUnit();
        if (c.limit().unit() != r.constraint().limit().unit()) {
            written = c.limit().unit();
        }
        return new ConstraintReading(c, written, r.fractions(), r.interpretations(), r.problem(), r.ofPrescription(),
                r.perFraction(), r.looseLimit(), r.alternative(), r.explanation(), false, List.of());
    }

    /** A value written in % (or without unit, which then takes the limit's %). Blank cells do not count against. */
    private static boolean inPercent(String text) {
        ValueReading r = QuantityParser.read(text);
        return !r.hasValue() || r.unit() == null || r.unit() == Unit.PERCENT;
    }

    /** True when some value is written in {@code unit} (cGy counting as Gy) and none in another unit. */
    private static boolean writtenIn(Unit unit, String... texts) {
        boolean any = false;
        for (String t : texts) {
            ValueReading r = QuantityParser.read(t);
            if (!r.hasValue() || r.unit() == null) {
                continue;
            }
            Unit u = r.unit() == Unit.CGY ? Unit.GY : r.unit();
            if (u != unit) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
