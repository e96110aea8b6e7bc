package org.imrtreview.digitize;

/**
 * Dmax, Dmean and Vx of a traced cumulative DVH (dose ascending, volume % non-increasing).
 * Kept here, with the digitiser's own view of where a curve ends, until it is checked against
 * the DVH core's metrics.
 */
public final class CurveMetrics {
    private CurveMetrics() {
    }

    /** The dose where the curve reaches 0 % (its last dose when it never does). */
    public static double dmax(double[] dose, double[] volume) {
        for (int i = 1; i < dose.length; i++) {
            if (volume[i] <= 0 && volume[i - 1] > 0) {
                return dose[i];
            }
        }
        return dose.length == 0 ? Double.NaN : dose[dose.length - 1];
    }

    /** Mean dose: the area under the cumulative curve divided by the volume at zero dose. */
    public static double dmean(double[] dose, double[] volume) {
        if (dose.length == 0 || volume[0] <= 0) {
            return Double.NaN;
        }
        double area = dose[0] * volume[0];
        for (int i = 1; i < dose.length; i++) {
            area += (dose[i] - dose[i - 1]) * (volume[i] + volume[i - 1]) / 2;
        }
        return area / volume[0];
    }

    /** Volume (%) receiving at least {@code doseGy}, by linear interpolation. */
    public static double volumeAt(double[] dose, double[] volume, double doseGy) {
        if (dose.length == 0) {
            return Double.NaN;
        }
        if (doseGy <= dose[0]) {
            return volume[0];
        }
        for (int i = 1; i < dose.length; i++) {
            if (doseGy <= dose[i]) {
                double t = (doseGy - dose[i - 1]) / (dose[i] - dose[i - 1]);
                return volume[i - 1] + t * (volume[i] - volume[i - 1]);
            }
        }
        return volume[volume.length - 1] <= 0 ? 0 : Double.NaN;
    }
}
