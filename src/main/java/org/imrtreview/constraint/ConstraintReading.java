package org.imrtreview.constraint;

import java.util.List;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Unit;

/**
 * What {@link ConstraintParser} made of a constraint cell: the constraint (dose limits normalised to
 * Gy), the unit the limit was written in, the number of fractions when the text names them
 * ("in 5 fx"), the interpretations it had to make (each is shown to the nurse, never applied
 * silently) and, when the text could not be read, why.
 */
public record ConstraintReading(Constraint constraint, Unit writtenUnit, Integer fractions,
                                List<String> interpretations, String problem) {

    public ConstraintReading {
        interpretations = List.copyOf(interpretations);
    }

    public static ConstraintReading unparsed(String text, String problem) {
        return new ConstraintReading(Constraint.unparsed(text), null, null, List.of(), problem);
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

    public boolean parsed() {
        return constraint.parsed();
    }

    public String text() {
        return constraint.text();
    }

    /** True when the limit was written in cGy (or without unit but plainly in cGy) and is now in Gy. */
    public boolean limitConverted() {
        return writtenUnit == Unit.CGY && parsed() && constraint.limit().unit() == Unit.GY;
    }
}
