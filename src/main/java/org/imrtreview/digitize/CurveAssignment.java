package org.imrtreview.digitize;

import org.imrtreview.model.PlanKind;

/**
 * Which organ and plan a digitised curve shows, each with its confidence and a sentence saying
 * why. {@code structure} null = unassigned; {@code plan} null = unknown.
 */
public record CurveAssignment(String curveKey, String structure, Confidence structureConfidence, PlanKind plan,
                              Confidence planConfidence, String basis) {

    public static CurveAssignment unassigned(String curveKey) {
        return new CurveAssignment(curveKey, null, Confidence.NONE, null, Confidence.NONE, "not assigned");
    }

    public boolean assigned() {
        return structure != null && !structure.isBlank();
    }

    /** The nurse's choice from the drop-downs. */
    public static CurveAssignment byNurse(String curveKey, String structure, PlanKind plan) {
        return new CurveAssignment(curveKey, structure, structure == null ? Confidence.NONE : Confidence.CONFIRMED, plan,
                plan == null ? Confidence.NONE : Confidence.CONFIRMED, "chosen by the reviewer");
    }
}
