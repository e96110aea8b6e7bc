package org.imrtreview.constraint;

/**
 * A free-text organ or structure name read as a TG-263 organ. {@code organ} is the catalogue key
 * (TG-263 stem without side, e.g. {@code Parotid}); {@code tg263} the TG-263 name for this side
 * ({@code Parotid_L}, {@code Parotids}, {@code Lungs-GTV}) or alternatives joined by {@code |} when
 * the side is not known ({@code Parotid_L|Parotid_R}); {@code prv} marks a planning-risk-volume
 * expansion ({@code prvMarginMm} NaN when no margin was written); {@code minusTarget} names a
 * subtracted target ({@code GTV} in "Lungs-GTV"), or null.
 */
public record OrganName(String input, String organ, String tg263, Laterality side, boolean prv,
                        double prvMarginMm, String minusTarget) {

    /** Human form for the nurse: "Parotid_L", "SpinalCanal (PRV 5 mm)". */
    public String display() {
        if (!prv) {
            return tg263;
        }
        return Double.isNaN(prvMarginMm) ? tg263 + " (PRV)"
                : tg263 + " (PRV " + org.imrtreview.model.Metric.number(prvMarginMm) + " mm)";
    }
}
