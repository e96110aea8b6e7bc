package org.imrtreview.evaluate;

import org.imrtreview.model.PlanKind;

/**
 * A row's metric computed from submitted DVH curves for one plan, in the constraint's unit.
 * {@code digitised} evidence (traced from an image) may only flag, never change a verdict.
 * {@code low}..{@code high} is the range the picture allows (equal to {@code value} when it shows
 * the curve whole; wider when, say, the curve's tail is hidden under others: decision 0182), and
 * {@code uncertainty} says why (null when none).
 */
public record DvhEvidence(PlanKind plan, double value, String structure, String file, boolean digitised, double low,
                          double high, String uncertainty) {

    public DvhEvidence(PlanKind plan, double value, String structure, String file, boolean digitised) {
        this(plan, value, structure, file, digitised, value, value, null);
    }

    /** Whether the value is a range rather than one number. */
    public boolean isRange() {
        return high > low;
    }
}
