package org.imrtreview.model;

/**
 * The other edge of what a digitised curve may really be (issue 16, decision 0182): the curve as
 * traced is one bound, this one the other, and every metric is only known to lie between its
 * values on the two. Today: a tail hidden under other curves along the 0 % line, where the traced
 * curve ends at the first bound and this one runs on, at the volume a line width can hide, to where
 * the covering curves end. {@code reason} says why, for the nurse.
 */
public record CurveBound(double[] doseGy, double[] volumePercent, String reason) {

    public CurveBound {
        if (doseGy.length != volumePercent.length) {
            throw new IllegalArgumentException("dose and volume arrays differ in length");
        }
        doseGy = doseGy.clone();
        volumePercent = volumePercent.clone();
    }

    @Override
    public double[] doseGy() {
        return doseGy.clone();
    }

    @Override
    public double[] volumePercent() {
        return volumePercent.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveBound b && java.util.Arrays.equals(doseGy, b.doseGy)
                && java.util.Arrays.equals(volumePercent, b.volumePercent) && java.util.Objects.equals(reason, b.reason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(doseGy), java.util.Arrays.hashCode(volumePercent), reason);
    }
}
