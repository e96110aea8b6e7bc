package org.imrtreview.samples;

/**
 * Synthetic cumulative DVH curves for the demo cases, shaped so the metric the summary table cites
 * (Dmax, Dmean, VxGy, Dx%) comes out at the table's value: V(D) = 100·(1 − (D/Dm)^p)^2 for D &lt; Dm.
 */
final class DvhCurveShape {

    enum Kind { MAX, MEAN, VOLUME_AT_DOSE, DOSE_AT_PERCENT }

    final double dMax;
    final double p;

    private DvhCurveShape(double dMax, double p) {
        this.dMax = dMax;
        this.p = p;
    }

    /**
     * @param value the table value in Gy (or % for VOLUME_AT_DOSE)
     * @param param the dose in Gy for VOLUME_AT_DOSE, the volume % for DOSE_AT_PERCENT
     */
    static DvhCurveShape fitting(Kind kind, double value, double param, double prescriptionGy) {
        switch (kind) {
            case MAX:
                return new DvhCurveShape(value, 1.6);
            case MEAN: {
                double dm = Math.min(value * 1.9, prescriptionGy * 1.05);
                dm = Math.max(dm, value * 1.25);
                double target = value / dm;
                double lo = 0.05;
                double hi = 60;
                for (int i = 0; i < 80; i++) {
                    double mid = (lo + hi) / 2;
                    if (meanRatio(mid) < target) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                return new DvhCurveShape(dm, (lo + hi) / 2);
            }
            case VOLUME_AT_DOSE: {
                double dm = prescriptionGy * 1.04;
                double x = param / dm;
                double pp = Math.log(1 - Math.sqrt(value / 100.0)) / Math.log(x);
                return new DvhCurveShape(dm, pp);
            }
            case DOSE_AT_PERCENT: {
                double dm = Math.max(prescriptionGy * 1.03, value * 1.15);
                double x = value / dm;
                double pp = Math.log(1 - Math.sqrt(param / 100.0)) / Math.log(x);
                return new DvhCurveShape(dm, pp);
            }
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    private static double meanRatio(double p) {
        int n = 400;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) / n;
            double s = 1 - Math.pow(x, p);
            sum += s * s;
        }
        return sum / n;
    }

    double volumeAt(double doseGy) {
        if (doseGy <= 0) {
            return 100;
        }
        if (doseGy >= dMax) {
            return 0;
        }
        double s = 1 - Math.pow(doseGy / dMax, p);
        return 100 * s * s;
    }

    /** A PTV curve: flat at 100 % then a steep shoulder around the prescription. */
    static double ptvVolumeAt(double doseGy, double rx, double spread) {
        return 100 / (1 + Math.exp((doseGy - rx * 1.015) / (rx * spread)));
    }
}
