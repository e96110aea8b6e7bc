package org.imrtreview.model;

/**
 * What a digitised curve may really be where its picture cannot tell (issue 16, decisions 0182, 0309):
 * the curve as traced lies between an upper edge ({@code doseGy}/{@code volumePercent}) and a lower edge
 * ({@code lowerDoseGy}/{@code lowerVolumePercent}; empty when the traced curve is its own lower edge), and
 * every metric is only known to lie between its values on them. The upper edge runs on where a tail may
 * hide under other curves along the 0 % line, and stays level across a stretch the trace bridged (hidden
 * under other curves or a legend box); the lower edge drops at the start of such a stretch. {@code reason}
 * says why, for the nurse.
 */
public record CurveBound(double[] doseGy, double[] volumePercent, double[] lowerDoseGy, double[] lowerVolumePercent,
                         String reason) {

    /** Only an upper edge: the traced curve is its own lower edge (a hidden tail, decision 0182). */
    public CurveBound(double[] doseGy, double[] volumePercent, String reason) {
        this(doseGy, volumePercent, new double[0], new double[0], reason);
    }

    public CurveBound {
        if (doseGy.length != volumePercent.length || lowerDoseGy.length != lowerVolumePercent.length) {
            throw new IllegalArgumentException("dose and volume arrays differ in length");
        }
        doseGy = doseGy.clone();
        volumePercent = volumePercent.clone();
        lowerDoseGy = lowerDoseGy.clone();
        lowerVolumePercent = lowerVolumePercent.clone();
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
    public double[] lowerDoseGy() {
        return lowerDoseGy.clone();
    }

    @Override
    public double[] lowerVolumePercent() {
        return lowerVolumePercent.clone();
    }

    /** Whether there is a lower edge of its own (else the traced curve is it). */
    public boolean hasLowerEdge() {
        return lowerDoseGy.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveBound b && java.util.Arrays.equals(doseGy, b.doseGy)
                && java.util.Arrays.equals(volumePercent, b.volumePercent)
                && java.util.Arrays.equals(lowerDoseGy, b.lowerDoseGy)
                && java.util.Arrays.equals(lowerVolumePercent, b.lowerVolumePercent)
                && java.util.Objects.equals(reason, b.reason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(doseGy), java.util.Arrays.hashCode(volumePercent),
                java.util.Arrays.hashCode(lowerDoseGy), java.util.Arrays.hashCode(lowerVolumePercent), reason);
    }
}
