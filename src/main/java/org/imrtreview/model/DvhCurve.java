package org.imrtreview.model;

import java.util.Arrays;

/**
 * One structure's cumulative DVH in one plan: dose in Gy (ascending) against the percentage of the
 * structure's volume receiving at least that dose. {@code volumeCc} is NaN when unknown.
 * {@code digitised} curves were traced from an image: they may flag a table value but never change
 * a verdict (SPEC §4). {@code planName} is the name in the file; {@code plan} the role (3D/IMRT),
 * null while unidentified. {@code bound}, for a digitised curve, holds the edges of what it may be where
 * its picture cannot tell (a hidden end, a bridged stretch, and the pixel or two of dose every point is read
 * to; decisions 0182, 0309, 0328; null for exported data): metrics from it are intervals, never a single
 * number.
 */
public record DvhCurve(String structure, String planName, PlanKind plan, double volumeCc,
                       double[] doseGy, double[] volumePercent, boolean digitised, String sourceFile, CurveBound bound) {

    public DvhCurve(String structure, String planName, PlanKind plan, double volumeCc, double[] doseGy,
                    double[] volumePercent, boolean digitised, String sourceFile) {
        this(structure, planName, plan, volumeCc, doseGy, volumePercent, digitised, sourceFile, null);
    }

    /** The curve as its bound's upper edge describes it (same names and plan), or empty when it has no bound. */
    public java.util.Optional<DvhCurve> boundCurve() {
        return bound == null ? java.util.Optional.empty() : java.util.Optional.of(new DvhCurve(structure, planName, plan,
                volumeCc, bound.doseGy(), bound.volumePercent(), digitised, sourceFile, null));
    }

    /** The curve as its bound's lower edge describes it, or empty when it has none (decision 0309). */
    public java.util.Optional<DvhCurve> lowerBoundCurve() {
        return bound == null || !bound.hasLowerEdge() ? java.util.Optional.empty() : java.util.Optional.of(new DvhCurve(
                structure, planName, plan, volumeCc, bound.lowerDoseGy(), bound.lowerVolumePercent(), digitised,
                sourceFile, null));
    }

    public DvhCurve {
        if (doseGy.length != volumePercent.length) {
            throw new IllegalArgumentException("dose and volume arrays differ in length");
        }
        doseGy = doseGy.clone();
        volumePercent = volumePercent.clone();
    }

    public int size() {
        return doseGy.length;
    }

    public DvhCurve withPlan(PlanKind newPlan) {
        return new DvhCurve(structure, planName, newPlan, volumeCc, doseGy, volumePercent, digitised, sourceFile, bound);
    }

    @Override
    public double[] doseGy() {
        return doseGy.clone();
    }

    @Override
    public double[] volumePercent() {
        return volumePercent.clone();
    }

    /** Direct read access without copying, for metric code in hot loops. */
    public double doseAt(int i) {
        return doseGy[i];
    }

    public double volumeAt(int i) {
        return volumePercent[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DvhCurve c && structure.equals(c.structure) && java.util.Objects.equals(planName, c.planName)
                && plan == c.plan && Double.compare(volumeCc, c.volumeCc) == 0 && Arrays.equals(doseGy, c.doseGy)
                && Arrays.equals(volumePercent, c.volumePercent) && digitised == c.digitised
                && java.util.Objects.equals(sourceFile, c.sourceFile) && java.util.Objects.equals(bound, c.bound);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(structure, planName, plan, volumeCc, Arrays.hashCode(doseGy), digitised);
    }

    @Override
    public String toString() {
        return "DvhCurve[" + structure + ", " + planName + ", " + plan + ", " + size() + " points]";
    }
}
