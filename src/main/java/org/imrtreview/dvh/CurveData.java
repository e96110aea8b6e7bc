package org.imrtreview.dvh;

import java.util.Arrays;
import java.util.Locale;
import org.imrtreview.model.DvhCurve;

/**
 * Turns the raw columns read from an export into a checked cumulative {@link DvhCurve}, or a specific
 * sentence saying what is wrong with them. Readers collect numbers; every check on their meaning lives
 * here so that all formats report the same faults in the same words.
 */
public final class CurveData {

    /** Rises smaller than this (in % of the structure) are rounding in the export and are flattened. */
    private static final double ROUNDING_RISE_PERCENT = 0.05;
    /** No plan on Earth prescribes 150 Gy in one course; a "Gy" column above it is really cGy. */
    static final double IMPLAUSIBLE_GY = 150;

    /** What the volume column holds. */
    public enum VolumeKind { PERCENT, CC }

    /** Either a curve or the reason there is none. */
    public record Outcome(DvhCurve curve, String problem) {
        public boolean ok() {
            return curve != null;
        }
    }

    private CurveData() {
    }

    /**
     * Checks and builds a cumulative curve. {@code dose} in Gy; {@code volume} in % or cc as
     * {@code kind} says; {@code volumeCc} from the header, NaN or 0 when not given. A curve in cc is
     * expressed in % of its own value at 0 Gy (the header's volume is used only when the curve starts
     * above 0 Gy); a curve in % takes the header's volume for cc metrics.
     */
    public static Outcome cumulative(String structure, String planName, double volumeCc, double[] dose,
                                     double[] volume, VolumeKind kind, String sourceFile) {
        String label = "structure '" + structure + "'" + (planName == null ? "" : " in plan '" + planName + "'");
        if (dose.length == 0) {
            return fail(label + " has no DVH points (empty structure)");
        }
        String invalid = firstInvalidNumber(dose, volume);
        if (invalid != null) {
            return fail(label + ": " + invalid);
        }
        for (int i = 1; i < dose.length; i++) {
            if (dose[i] < dose[i - 1]) {
                return fail(label + ": the dose goes down from " + gy(dose[i - 1]) + " to " + gy(dose[i])
                        + " at point " + (i + 1) + " — a DVH's dose axis only rises (points out of order or two "
                        + "curves run together)");
            }
        }
        if (dose[dose.length - 1] > IMPLAUSIBLE_GY) {
            return fail(label + ": doses reach " + gy(dose[dose.length - 1]) + ", which is not a plausible dose in Gy — "
                    + "the column is probably in cGy but labelled Gy (wrong units); not used");
        }
        double[] percent = volume.clone();
        double cc = volumeCc;
        if (kind == VolumeKind.CC) {
            // The curve's own value at 0 Gy is the volume the planning system histogrammed (88.4095 cc),
            // the header prints it rounded (88.4): dividing by the header gives 100.011 % (decision 0160).
            // Only a curve that starts above 0 Gy needs the header's volume.
            double largest = Arrays.stream(volume).max().orElse(0);
            if (dose[0] <= 0 && volume[0] > 0 || !(cc > 0)) {
                cc = largest;
            }
            if (!(cc > 0)) {
                return fail(label + " has zero volume (empty structure)");
            }
            for (int i = 0; i < percent.length; i++) {
                percent[i] = 100 * volume[i] / cc;
            }
        } else if (percent[0] > 100.5 || Arrays.stream(percent).anyMatch(v -> v > 100.5)) {
            return fail(label + ": volumes exceed 100 % (" + number(Arrays.stream(percent).max().orElse(0))
                    + ") — the volume column is probably in cm³ but labelled % (wrong units)");
        }
        if (percent[0] <= 0) {
            return fail(label + " receives no dose at all or has zero volume (empty structure)");
        }
        for (int i = 1; i < percent.length; i++) {
            double rise = percent[i] - percent[i - 1];
            if (rise > ROUNDING_RISE_PERCENT) {
                return fail(label + ": the volume rises from " + number(percent[i - 1]) + " % to "
                        + number(percent[i]) + " % at " + gy(dose[i]) + " — a cumulative DVH never rises "
                        + "(is it a differential DVH labelled cumulative?)");
            }
            if (rise > 0) {
                percent[i] = percent[i - 1];
            }
        }
        return new Outcome(new DvhCurve(structure, planName, null, cc > 0 ? cc : Double.NaN, dose, percent,
                false, sourceFile), null);
    }

    /**
     * Differential DVH → cumulative. Each row's dose is the <em>centre</em> of its bin, as Eclipse writes
     * them (0.05, 0.15 … Gy for 0.1-Gy bins) and as DVHmetrics reads every format: the bins' edges lie
     * half-way between neighbouring rows, the first edge half a bin below the first row (not below 0)
     * and the last half a bin above the last row. {@code perUnitDose} values (Eclipse "dVolume / dDose
     * [cm³ / cGy]") are multiplied by the bin width (in the same dose unit as {@code dose}) before
     * summing; plain per-bin volumes (Monaco, RayStation) are summed as they are. Returns {edge dose,
     * cumulative volume at that edge}, one point more than the input, ending at volume 0.
     */
    public static double[][] cumulativeFromDifferential(double[] dose, double[] values, boolean perUnitDose) {
        int n = dose.length;
        double[] edges = new double[n + 1];
        if (n == 1) {
            edges[1] = 2 * dose[0];
        } else if (n > 1) {
            for (int i = 1; i < n; i++) {
                edges[i] = (dose[i - 1] + dose[i]) / 2;
            }
            edges[0] = Math.max(0, dose[0] - (dose[1] - dose[0]) / 2);
            edges[n] = dose[n - 1] + (dose[n - 1] - dose[n - 2]) / 2;
        }
        double[] outVolume = new double[n + 1];
        double sum = 0;
        for (int i = n - 1; i >= 0; i--) {
            sum += perUnitDose ? values[i] * (edges[i + 1] - edges[i]) : values[i];
            outVolume[i] = sum;
        }
        return new double[][] {edges, outVolume};
    }

    /**
     * Relative dose (% of prescription) → Gy: {@code rel × Rx / (% for dose)}, the Eclipse rule where the
     * prescription is delivered to the "% for dose" isodose (usually 100).
     */
    public static double[] relativeToGy(double[] relativePercent, double prescriptionGy, double percentForDose) {
        double pfd = percentForDose > 0 ? percentForDose : 100;
        double[] out = new double[relativePercent.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = relativePercent[i] * prescriptionGy / pfd;
        }
        return out;
    }

    /**
     * Two structures as one: the cumulative curves weighted by their volumes on the union of both dose
     * grids. Exact for the piecewise-linear curves (both are linear between the union's points).
     */
    public static DvhCurve sumByVolume(DvhCurve a, DvhCurve b, String name) {
        double[] grid = java.util.stream.DoubleStream.concat(Arrays.stream(a.doseGy()), Arrays.stream(b.doseGy()))
                .sorted().distinct().toArray();
        double va = a.volumeCc();
        double vb = b.volumeCc();
        double[] volume = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            volume[i] = (DvhMetrics.volumePercentAtDose(a, grid[i]) * va + DvhMetrics.volumePercentAtDose(b, grid[i]) * vb)
                    / (va + vb);
        }
        return new DvhCurve(name, a.planName(), a.plan(), va + vb, grid, volume, a.digitised() || b.digitised(),
                a.sourceFile());
    }

    /** The project's own dose tolerance for a table against the curve (DvhTolerance): max(0.5 Gy, 2 %). */
    private static final double STAT_TOLERANCE_GY = 0.5;
    private static final double STAT_TOLERANCE_FRACTION = 0.02;

    /**
     * A curve whose last point still covers a little of the structure is closed at the file's own
     * maximum when that lies within two of the curve's last steps (as Eclipse's header closes its
     * tables, decision 0161); otherwise it is returned as it is (open: maximum unknown).
     */
    static DvhCurve closedAtStatedMaximum(DvhCurve c, double maxGy) {
        int n = c.size();
        if (n < 2 || Double.isNaN(maxGy) || !DvhMetrics.stopsAboveZero(c)) {
            return c;
        }
        double last = c.doseAt(n - 1);
        double step = last - c.doseAt(n - 2);
        if (maxGy < last || maxGy > last + Math.max(2 * step, 0.05)) {
            return c;
        }
        double[] dose = Arrays.copyOf(c.doseGy(), n + 1);
        double[] volume = Arrays.copyOf(c.volumePercent(), n + 1);
        dose[n] = maxGy;
        volume[n] = 0;
        return new DvhCurve(c.structure(), c.planName(), c.plan(), c.volumeCc(), dose, volume, c.digitised(),
                c.sourceFile());
    }

    /**
     * The structure's own maximum and mean, where the file prints them, must agree with its closed curve
     * within the tolerance a table is held to (max(0.5 Gy, 2 %)): a file that contradicts itself is not
     * evidence (decisions 0293, 0295). Null when they agree or are not given; otherwise the sentence.
     * {@code maxKey}/{@code meanKey} name the lines as the file does.
     */
    static String contradictsOwnStatistics(DvhCurve c, DvhExport.StructureStats st, String maxKey, String meanKey) {
        return contradictsOwnStatistics(c, st, maxKey, meanKey, 0);
    }

    /**
     * As {@link #contradictsOwnStatistics(DvhCurve, DvhExport.StructureStats, String, String)}, with
     * {@code binGy} more allowed: a histogram's curve reaches 0 % at the top of the bin holding the
     * maximum, up to a bin above the true maximum (DICOM DVHs, decision 0274).
     */
    static String contradictsOwnStatistics(DvhCurve c, DvhExport.StructureStats st, String maxKey, String meanKey,
                                           double binGy) {
        if (DvhMetrics.stopsAboveZero(c)) {
            return null;
        }
        double max = DvhMetrics.max(c);
        if (Double.isFinite(st.maxGy()) && Math.abs(max - st.maxGy()) > statTolerance(st.maxGy()) + binGy) {
            return "the curve reaches 0 % at " + gy(max) + " but the file's own " + maxKey + " is "
                    + gy(st.maxGy()) + " — the export contradicts itself; not used";
        }
        double mean = DvhMetrics.mean(c);
        if (Double.isFinite(st.meanGy()) && Math.abs(mean - st.meanGy()) > statTolerance(st.meanGy()) + binGy / 2) {
            return "the curve's mean is " + gy(mean) + " but the file's own " + meanKey + " is "
                    + gy(st.meanGy()) + " — the export contradicts itself; not used";
        }
        return null;
    }

    private static double statTolerance(double gy) {
        return Math.max(STAT_TOLERANCE_GY, STAT_TOLERANCE_FRACTION * Math.abs(gy));
    }

    /** Heuristic used when a format does not say: a cumulative DVH starts high and never rises. */
    public static boolean looksDifferential(double[] volume) {
        if (volume.length < 3) {
            return false;
        }
        double first = volume[0];
        double peak = Arrays.stream(volume).max().orElse(0);
        int rises = 0;
        for (int i = 1; i < volume.length; i++) {
            if (volume[i] > volume[i - 1] + 1e-9) {
                rises++;
            }
        }
        return first < peak * 0.999 || rises > volume.length / 10;
    }

    private static String firstInvalidNumber(double[] dose, double[] volume) {
        for (int i = 0; i < dose.length; i++) {
            if (!Double.isFinite(dose[i]) || !Double.isFinite(volume[i])) {
                return "point " + (i + 1) + " is not a number (NaN or infinite) — the export is damaged";
            }
            if (dose[i] < 0 || volume[i] < 0) {
                return "point " + (i + 1) + " is negative (" + number(dose[i]) + ", " + number(volume[i])
                        + ") — doses and volumes cannot be negative";
            }
        }
        return null;
    }

    private static Outcome fail(String problem) {
        return new Outcome(null, problem);
    }

    static String gy(double gy) {
        return number(gy) + " Gy";
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
