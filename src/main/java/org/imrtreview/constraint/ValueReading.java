package org.imrtreview.constraint;

import org.imrtreview.model.Unit;

/**
 * What {@link QuantityParser} read in a dose/volume cell: the number and the unit as written
 * ({@code unit} null when none is written), or why there is none. {@code upperBound} is true for
 * cells like "&lt; 0.1 cc", which are compared at the bound.
 */
public record ValueReading(String text, Double value, Unit unit, Status status, boolean upperBound, String note) {

    public enum Status {
        /** A number was read. */
        VALUE,
        /** Empty, or a "not applicable" mark such as n/a or —. */
        BLANK,
        /** Text that is not a single number with a unit. */
        UNREADABLE
    }

    public static ValueReading blank(String text) {
        return new ValueReading(text, null, null, Status.BLANK, false, null);
    }

    public static ValueReading unreadable(String text, String note) {
        return new ValueReading(text, null, null, Status.UNREADABLE, false, note);
    }

    public boolean hasValue() {
        return status == Status.VALUE;
    }
}
