package org.imrtreview.store;

import org.imrtreview.model.PlanKind;

/**
 * The nurse's assignment of one digitised curve, by the curve's key ({@code "#d62728 dashed"}: its
 * colour and line style, stable for one picture): the organ ({@code null} = left unassigned) and
 * the plan ({@code null} = not said).
 */
public record CurveChoice(String curveKey, String organ, PlanKind plan) {

    public CurveChoice {
        if (curveKey == null || curveKey.isBlank()) {
            throw new IllegalArgumentException("a curve choice needs the curve's key");
        }
        organ = organ == null || organ.isBlank() ? null : organ.strip();
    }

    /** "Parotid L, IMRT", "Parotid L", "no organ, IMRT" or "unassigned". */
    public String describe() {
        if (organ == null && plan == null) {
            return "nothing (unassigned)";
        }
        return (organ == null ? "no organ" : organ) + (plan == null ? "" : ", " + plan.label());
    }
}
