package org.imrtreview.constraint;

import java.util.List;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/**
 * What {@link ConstraintParser} made of a constraint cell: the constraint (dose limits normalised to
 * Gy), the unit the limit was written in, the number of fractions when the text names them
 * ("in 5 fx", "6 Gy × 5"), the interpretations it had to make (each is shown to the nurse, never
 * applied silently) and, when the text could not be read, why.
 *
 * <p>What the evaluator still has to work out with the request in hand:
 * <ul>
 *   <li>{@code ofPrescription}: the dose limit is in % of the prescription ("Dmax &lt; 105% of Rx");</li>
 *   <li>{@code perFraction}: the limit is a dose per fraction with no count written ("3 Gy/fx");</li>
 *   <li>{@code looseLimit}: the other end of a range ("20–25 Gy"); the constraint holds the stricter end;</li>
 *   <li>{@code alternative}: the same critical-volume constraint in the other unit (DC700cc &lt; 15 Gy
 *       ⇔ CV15Gy ≥ 700 cc), used when the values are written in that unit.</li>
 * </ul>
 * {@code explanation} is what the row shows about how the limit was read ("6 Gy × 5 fractions =
 * 30 Gy"). {@code noNumericLimit} marks "ALARA"/"as low as possible": read, but no number.
 * {@code parts} holds one reading per limit when the cell has several (the constraint is then
 * composite).
 */
public record ConstraintReading(Constraint constraint, Unit writtenUnit, Integer fractions,
                                List<String> interpretations, String problem, boolean ofPrescription,
                                boolean perFraction, Quantity looseLimit, Constraint alternative, String explanation,
                                boolean noNumericLimit, List<ConstraintReading> parts) {

    public ConstraintReading {
        interpretations = List.copyOf(interpretations);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public ConstraintReading(Constraint constraint, Unit writtenUnit, Integer fractions, List<String> interpretations,
                             String problem) {
        this(constraint, writtenUnit, fractions, interpretations, problem, false, false, null, null, null, false, List.of());
    }

    public static ConstraintReading unparsed(String text, String problem) {
        return new ConstraintReading(Constraint.unparsed(text), null, null, List.of(), problem);
    }

    /** "ALARA", "as low as possible": understood, but there is no number to compare with. */
    public static ConstraintReading noNumber(String text) {
        return new ConstraintReading(Constraint.unparsed(text), null, null, List.of(),
                "it asks for a dose as low as possible but gives no numeric limit", false, false, null, null, null, true,
                List.of());
    }

    /** Several limits in one cell, each read on its own. */
    public static ConstraintReading allOf(String text, List<ConstraintReading> parts, List<String> notes) {
        Constraint c = Constraint.allOf(text, parts.stream().map(ConstraintReading::constraint).toList());
        return new ConstraintReading(c, null, null, notes, null, false, false, null, null, null, false, parts);
    }

    /** A reading for a constraint built elsewhere (no interpretation notes, written as stored). */
    public static ConstraintReading of(Constraint constraint) {
        if (constraint == null) {
            return unparsed(null, "there is no constraint");
        }
        Unit unit = constraint.parsed() ? constraint.limit().unit() : null;
        return new ConstraintReading(constraint, unit, null, List.of(),
                constraint.parsed() ? null : "the constraint could not be read");
    }

    /** True when one limit was read (see {@link Constraint#parsed()}); a composite is {@link #readable()}. */
    public boolean parsed() {
        return constraint.parsed();
    }

    /** True when every limit of the cell was read. */
    public boolean readable() {
        return constraint.readable();
    }

    /** One reading per limit: the parts, this reading alone, or none when nothing was read. */
    public List<ConstraintReading> limits() {
        return !parts.isEmpty() ? parts : parsed() ? List.of(this) : List.of();
    }

    public String text() {
        return constraint.text();
    }

    /** True when the limit was written in cGy (or without unit but plainly in cGy) and is now in Gy. */
    public boolean limitConverted() {
        return writtenUnit == Unit.CGY && parsed() && constraint.limit().unit() == Unit.GY;
    }
}
