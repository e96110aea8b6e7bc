package org.imrtreview.digitize;

import java.awt.Color;

/** A known cumulative DVH drawn into a synthetic image: dense samples, its colour and dash. */
public record TrueCurve(String name, Color colour, boolean dashed, double[] dose, double[] volume) {

    double dmax() {
        for (int i = 1; i < dose.length; i++) {
            if (volume[i] <= 0) {
                return dose[i];
            }
        }
        return dose[dose.length - 1];
    }

    double volumeAt(double d) {
        return CurveMetrics.volumeAt(dose, volume, d);
    }

    double dmean() {
        return CurveMetrics.dmean(dose, volume);
    }

    /** A target-like curve: full coverage up to the shoulder, then a cosine fall to zero at dmax. */
    static TrueCurve target(String name, Color c, boolean dashed, double shoulder, double dmax) {
        return sampled(name, c, dashed, dmax, d -> d <= shoulder ? 100
                : 50 * (1 + Math.cos(Math.PI * (d - shoulder) / (dmax - shoulder))));
    }

    /** An organ-at-risk curve: 100*(1 - t^a)^b over (plateau, dmax), a family that covers typical OAR shapes. */
    static TrueCurve organ(String name, Color c, boolean dashed, double plateau, double dmax, double a, double b) {
        return sampled(name, c, dashed, dmax, d -> {
            if (d <= plateau) {
                return 100;
            }
            double t = (d - plateau) / (dmax - plateau);
            return 100 * Math.pow(Math.max(0, 1 - Math.pow(t, a)), b);
        });
    }

    private static TrueCurve sampled(String name, Color c, boolean dashed, double dmax,
                                     java.util.function.DoubleUnaryOperator v) {
        int n = (int) Math.ceil(dmax / 0.05) + 1;
        double[] dose = new double[n + 1];
        double[] volume = new double[n + 1];
        for (int i = 0; i < n; i++) {
            dose[i] = Math.min(dmax, i * 0.05);
            volume[i] = Math.max(0, v.applyAsDouble(dose[i]));
        }
        volume[n - 1] = 0;
        dose[n] = dmax + 0.05;
        volume[n] = 0;
        return new TrueCurve(name, c, dashed, dose, volume);
    }
}
