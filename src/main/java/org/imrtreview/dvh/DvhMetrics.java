package org.imrtreview.dvh;

import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Unit;

/**
 * Dose-volume metrics of a cumulative DVH. Convention (docs/dvh.md, decision 0030): the curve is the
 * piecewise-linear line through the exported points, as the planning system draws it.
 * <ul>
 * <li>{@code V(d)}: volume read off that line at dose d (100 % below the first point, 0 beyond the
 * last);</li>
 * <li>{@code D(v)} (Dx%, Dxcc): the highest dose at which the line still holds volume v, i.e. the
 * minimum dose to the hottest v;</li>
 * <li>{@code Dmax}: the dose where the line reaches zero volume (the last point when it never does);
 * {@code Dmin}: the last dose at which the whole structure is still covered;</li>
 * <li>{@code Dmean}: the area under the line divided by the structure volume (the exact mean of a
 * dose distribution uniform within each bin; the same as the bin-centre mean of the differential
 * histogram).</li>
 * </ul>
 * A curve that stops with volume still covered ({@link #openEnd}: the export was cut short, or a
 * planning system that writes only up to a chosen dose) says nothing about the dose above its last
 * point: its maximum and mean are unknown, and so is any V(d) beyond the last dose or D(v) for a
 * volume smaller than the last one. Those metrics are unavailable with a sentence saying so; the
 * others are read off the curve as usual (decision 0161).
 * All doses in Gy. Pure and allocation-free on the hot path.
 */
public final class DvhMetrics {

    /** Relative tolerance for "the whole structure": exports print 100 as 99.99999. */
    private static final double FULL = 1 - 1e-6;
    /**
     * A curve whose last point still covers more than this (% of the structure) does not reach 0 %:
     * a tenth of a percent is below a voxel of any organ the table names but well above the 1e-6 %
     * tails and 0.000 % roundings that real exports end with.
     */
    public static final double OPEN_END_PERCENT = 0.1;
    /**
     * Nor does one whose last point still holds more than this many cm³ (decision 0284): 0.1 % of a 23-litre
     * body or a 2-litre bowel bag is 23 or 2 cm³, far more than the 0.03 cm³ a "maximum" stands for. Real
     * exports end with the last voxel's share (PlanIQ: 0.018 cm³ of a 23-litre body).
     */
    public static final double OPEN_END_CC = 0.03;

    private DvhMetrics() {
    }

    /**
     * The metric for this curve. {@code prescriptionGy} (null when unknown) is needed only for metrics
     * written in % of prescription (V95%, D2%[%]).
     */
    public static MetricValue compute(DvhCurve curve, Metric metric, Double prescriptionGy) {
        if (curve.size() == 0) {
            return MetricValue.unavailable(metric, "the curve has no points");
        }
        String open = openEnd(curve);
        return switch (metric.kind()) {
            case MAX, TOLERANCE_DOSE -> open != null ? MetricValue.unavailable(metric, open + ": maximum unknown")
                    : dose(metric, max(curve), prescriptionGy);
            case MIN -> dose(metric, min(curve), prescriptionGy);
            case MEAN -> open != null ? MetricValue.unavailable(metric, open + ": mean unknown")
                    : dose(metric, mean(curve), prescriptionGy);
            case DOSE_AT_VOLUME, DOSE_COMPLEMENT -> doseAtVolume(curve, metric, prescriptionGy);
            case VOLUME_AT_DOSE, VOLUME_COMPLEMENT -> volumeAtDose(curve, metric, prescriptionGy);
        };
    }

    private static MetricValue dose(Metric metric, double gy, Double prescriptionGy) {
        Unit unit = metric.resultUnit() == null ? Unit.GY : metric.resultUnit();
        return switch (unit) {
            case GY -> MetricValue.of(metric, gy, Unit.GY);
            case CGY -> MetricValue.of(metric, gy * 100, Unit.CGY);
            case PERCENT -> prescriptionGy == null || prescriptionGy <= 0
                    ? MetricValue.unavailable(metric, metric.tg263() + " is in % of the prescription, which is not known")
                    : MetricValue.of(metric, 100 * gy / prescriptionGy, Unit.PERCENT);
            case CC -> MetricValue.unavailable(metric, metric.tg263() + " asks for a dose in cc");
        };
    }

    private static MetricValue doseAtVolume(DvhCurve curve, Metric metric, Double prescriptionGy) {
        if (metric.parameter() == null || metric.parameterUnit() == null) {
            return MetricValue.unavailable(metric, "the metric has no volume");
        }
        double percent;
        if (metric.parameterUnit() == Unit.CC) {
            if (!(curve.volumeCc() > 0)) {
                return MetricValue.unavailable(metric, metric.label() + " needs the structure volume in cc, which "
                        + "the DVH file does not give for " + curve.structure());
            }
            percent = 100 * metric.parameter() / curve.volumeCc();
        } else if (metric.parameterUnit() == Unit.PERCENT) {
            percent = metric.parameter();
        } else {
            return MetricValue.unavailable(metric, metric.label() + " has a volume in " + metric.parameterUnit().symbol());
        }
        double total = curve.volumeAt(0);
        if (metric.kind() == MetricKind.DOSE_COMPLEMENT) {
            percent = total - percent;
        }
        if (percent > total * (1 + 1e-9) || percent < 0) {
            return MetricValue.unavailable(metric, metric.label() + " asks for more volume than "
                    + curve.structure() + " has");
        }
        String open = openEnd(curve);
        if (open != null && percent < curve.volumeAt(curve.size() - 1)) {
            return MetricValue.unavailable(metric, open + ": " + metric.label() + " lies above the last point, unknown");
        }
        return dose(metric, doseAtVolumePercent(curve, percent), prescriptionGy);
    }

    private static MetricValue volumeAtDose(DvhCurve curve, Metric metric, Double prescriptionGy) {
        if (metric.parameter() == null || metric.parameterUnit() == null) {
            return MetricValue.unavailable(metric, "the metric has no dose");
        }
        double gy = switch (metric.parameterUnit()) {
            case GY -> metric.parameter();
            case CGY -> metric.parameter() / 100;
            case PERCENT -> prescriptionGy == null || prescriptionGy <= 0 ? Double.NaN
                    : metric.parameter() * prescriptionGy / 100;
            case CC -> Double.NaN;
        };
        if (Double.isNaN(gy)) {
            return MetricValue.unavailable(metric, metric.label() + " needs the prescription dose, which is not known");
        }
        String open = openEnd(curve);
        if (open != null && gy > curve.doseAt(curve.size() - 1)) {
            return MetricValue.unavailable(metric, open + ": " + metric.label() + " lies beyond it, unknown");
        }
        double percent = volumePercentAtDose(curve, gy);
        if (metric.kind() == MetricKind.VOLUME_COMPLEMENT) {
            percent = curve.volumeAt(0) - percent;
        }
        Unit unit = metric.resultUnit() == null ? Unit.PERCENT : metric.resultUnit();
        if (unit == Unit.CC) {
            if (!(curve.volumeCc() > 0)) {
                return MetricValue.unavailable(metric, metric.tg263() + " needs the structure volume in cc, which "
                        + "the DVH file does not give for " + curve.structure());
            }
            return MetricValue.of(metric, percent * curve.volumeCc() / 100, Unit.CC);
        }
        if (unit != Unit.PERCENT) {
            return MetricValue.unavailable(metric, metric.tg263() + " asks for a volume in " + unit.symbol());
        }
        return MetricValue.of(metric, percent, Unit.PERCENT);
    }

    /**
     * Null when the curve reaches 0 % volume; otherwise the sentence "curve ends at 20 Gy above 0 %
     * volume (35.2 % still covered)" that every metric it cannot support begins with.
     */
    public static String openEnd(DvhCurve c) {
        if (c.size() == 0) {
            return null;
        }
        double last = c.volumeAt(c.size() - 1);
        if (!stopsAboveZero(c)) {
            return null;
        }
        return "curve ends at " + CurveData.gy(c.doseAt(c.size() - 1)) + " above 0 % volume ("
                + CurveData.number(last) + " % still covered"
                + (Double.isFinite(c.volumeCc()) && c.volumeCc() > 0 ? ", " + CurveData.number(last * c.volumeCc() / 100)
                + " cm³" : "") + ")";
    }

    /** Whether the curve's last point still covers more than {@link #OPEN_END_PERCENT} % or {@link #OPEN_END_CC} cm³. */
    public static boolean stopsAboveZero(DvhCurve c) {
        if (c.size() == 0) {
            return false;
        }
        double last = c.volumeAt(c.size() - 1);
        return last > OPEN_END_PERCENT
                || Double.isFinite(c.volumeCc()) && c.volumeCc() > 0 && last * c.volumeCc() / 100 > OPEN_END_CC;
    }

    /** Volume (% of the structure) receiving at least {@code gy}, read off the line. */
    public static double volumePercentAtDose(DvhCurve c, double gy) {
        int n = c.size();
        if (gy <= c.doseAt(0)) {
            return c.volumeAt(0);
        }
        if (gy > c.doseAt(n - 1)) {
            return 0;
        }
        int hi = firstDoseAtOrAbove(c, gy);
        int lo = hi - 1;
        double d0 = c.doseAt(lo);
        double d1 = c.doseAt(hi);
        if (d1 == d0) {
            return c.volumeAt(hi);
        }
        return c.volumeAt(lo) + (c.volumeAt(hi) - c.volumeAt(lo)) * (gy - d0) / (d1 - d0);
    }

    /** Minimum dose (Gy) to the hottest {@code percent} of the structure, read off the line. */
    public static double doseAtVolumePercent(DvhCurve c, double percent) {
        int n = c.size();
        // First point where the curve has fallen below the asked volume: the answer lies just before it.
        int i = 0;
        while (i < n && c.volumeAt(i) >= percent) {
            i++;
        }
        if (i == 0) {
            return c.doseAt(0);
        }
        if (i == n) {
            return c.doseAt(n - 1);
        }
        double v0 = c.volumeAt(i - 1);
        double v1 = c.volumeAt(i);
        double d0 = c.doseAt(i - 1);
        double d1 = c.doseAt(i);
        return d0 + (d1 - d0) * (v0 - percent) / (v0 - v1);
    }

    /** Dose where the line reaches zero volume (the last point when it never does). */
    public static double max(DvhCurve c) {
        int n = c.size();
        int last = n - 1;
        while (last > 0 && c.volumeAt(last) <= 0) {
            last--;
        }
        return last < n - 1 ? c.doseAt(last + 1) : c.doseAt(last);
    }

    /** The highest dose at which the whole structure is still covered. */
    public static double min(DvhCurve c) {
        double full = c.volumeAt(0) * FULL;
        int i = 0;
        while (i + 1 < c.size() && c.volumeAt(i + 1) >= full) {
            i++;
        }
        return c.doseAt(i);
    }

    /** Area under the line divided by the structure's volume; doses below the first point count as covered. */
    public static double mean(DvhCurve c) {
        double total = c.volumeAt(0);
        if (!(total > 0)) {
            return Double.NaN;
        }
        double area = c.doseAt(0) * total;
        for (int i = 1; i < c.size(); i++) {
            area += (c.doseAt(i) - c.doseAt(i - 1)) * (c.volumeAt(i) + c.volumeAt(i - 1)) / 2;
        }
        return area / total;
    }

    private static int firstDoseAtOrAbove(DvhCurve c, double gy) {
        int lo = 0;
        int hi = c.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c.doseAt(mid) < gy) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
