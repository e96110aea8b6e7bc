package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.CurveBound;
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

    /**
     * The other edge of a curve whose tail is hidden under other curves along 0 % (decision 0182):
     * as traced down to the volume a few pixels of line can hide (or, for a curve that vanished above the
     * line under other curves, to where it was last seen; decision 0308), then level at that volume to
     * where the covering curves end, then 0. Null when the whole curve was seen.
     */
    static CurveBound bound(TracedCurve t, Calibration calibration) {
        if (!t.tailHidden()) {
            return null;
        }
        double hideable = Math.max(0.5, Math.abs(calibration.volume(calibration.row(0) - 4) - calibration.volume(
                calibration.row(0))));
        double end = t.dmaxInterval(calibration)[1];
        double[] d = t.doseGy();
        double[] v = t.volumePercent();
        // A curve that vanished above the line under other curves (decision 0308) may run on at the volume
        // where it was last seen, not only at what a line can hide.
        double vanished = vanishedAt(t, calibration);
        boolean midAir = vanished > hideable;
        double level = midAir ? vanished : hideable;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < d.length && (v[i] > level || midAir && i < d.length - 1) && d[i] < end; i++) {
            points.add(new double[] {d[i], v[i]});
        }
        double from = points.isEmpty() ? d[0] : points.get(points.size() - 1)[0];
        points.add(new double[] {from, Math.min(level, points.isEmpty() ? level : points.get(points.size() - 1)[1])});
        points.add(new double[] {end, points.get(points.size() - 1)[1]});
        points.add(new double[] {end, 0});
        double[] bd = new double[points.size()];
        double[] bv = new double[points.size()];
        for (int i = 0; i < bd.length; i++) {
            bd[i] = points.get(i)[0];
            bv[i] = points.get(i)[1];
        }
        return new CurveBound(bd, bv, String.format(java.util.Locale.ROOT, midAir
                ? "end hidden under other curves (it vanished at %.2g %%): Dmax between %.3g and %.3g Gy"
                : "tail along the 0 %% line, thinner than a line: Dmax between %.3g and %.3g Gy",
                midAir ? new Object[] {vanished, t.dmaxInterval(calibration)[0], end}
                        : new Object[] {t.dmaxInterval(calibration)[0], end}));
    }

    /**
     * The volume (%) at which a curve vanished above the 0 % line, its points then taken straight down to 0
     * within a pixel or two ({@link CurvePoints}); 0 when its points came down to the line.
     */
    static double vanishedAt(TracedCurve t, Calibration calibration) {
        double[] d = t.doseGy();
        double[] v = t.volumePercent();
        int n = d.length;
        double onePixel = calibration.doseSpan() / calibration.frame().width();
        double onePixelOfVolume = Math.abs(calibration.volume(calibration.row(0) - 1) - calibration.volume(calibration.row(0)));
        return n >= 2 && v[n - 1] == 0 && v[n - 2] > 2 * onePixelOfVolume && d[n - 1] - d[n - 2] <= 2 * onePixel
                ? v[n - 2] : 0;
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
                    t.doseGy(), t.volumePercent(), true, sourceFile, bound(t, result.calibration())));
        }
        return out;
    }
}
