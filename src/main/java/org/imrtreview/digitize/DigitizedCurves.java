package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.DvhCurve;

/**
 * Turns traced curves into the case's DVH curves ({@code digitised = true}). Unassigned curves are
 * kept, named {@code "unassigned <colour> <style>"} (no organ matches that, so they are shown but
 * never used as evidence until the nurse assigns them). Nothing is produced while either axis is
 * uncalibrated: such numbers would be evidence of nothing; nor for a curve that could not be followed
 * to its end.
 */
public final class DigitizedCurves {
    public static final String UNASSIGNED_PREFIX = "unassigned ";

    private DigitizedCurves() {
    }

    public static boolean isUnassigned(DvhCurve curve) {
        return curve.digitised() && curve.structure().startsWith(UNASSIGNED_PREFIX);
    }

    public static List<DvhCurve> toModel(DigitizeResult result, List<CurveAssignment> assignments, String sourceFile) {
        if (!result.calibration().trustworthy()) {
            return List.of();
        }
        List<DvhCurve> out = new ArrayList<>();
        for (int i = 0; i < result.curves().size(); i++) {
            TracedCurve t = result.curves().get(i);
            if (!t.tracedWhole(result.calibration())) {
                continue; // lost its track part-way: its Dmax would be evidence of nothing
            }
            CurveAssignment a = i < assignments.size() ? assignments.get(i) : CurveAssignment.unassigned(CurveAssigner.key(t));
            String structure = a.assigned() ? a.structure() : UNASSIGNED_PREFIX + CurveAssigner.key(t);
            out.add(new DvhCurve(structure, sourceFile + " (digitised " + t.describe() + ")", a.plan(), Double.NaN,
                    t.doseGy(), t.volumePercent(), true, sourceFile));
        }
        return out;
    }
}
