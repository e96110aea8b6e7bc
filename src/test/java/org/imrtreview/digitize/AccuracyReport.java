package org.imrtreview.digitize;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the digitiser on the synthetic corpus: each known curve is matched to the traced curve
 * of its colour and style; V is compared at fixed doses (10 %..90 % of the dose axis, where the true
 * curve is above 0) and Dmax as a fraction of the dose axis. {@link #main} prints the table for
 * docs/digitize.md; the accuracy test asserts the targets on the same numbers.
 */
public final class AccuracyReport {
    final List<Double> volumeErrors = new ArrayList<>();
    final List<Double> dmaxErrors = new ArrayList<>();
    final List<Double> dmeanErrors = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    /** CPU time (not wall time: the build machine is shared) per digitised image, ms. */
    final List<Double> cpuMillis = new ArrayList<>();
    int curvesKnown;
    int curvesMatched;
    int imagesFailed;
    int imagesAutoCalibrated;

    static AccuracyReport run(List<SyntheticDvh> corpus, boolean giveAxisRanges) {
        AccuracyReport report = new AccuracyReport();
        DvhImageDigitizer digitizer = new DvhImageDigitizer();
        for (SyntheticDvh s : corpus) {
            DigitizeOptions options = giveAxisRanges
                    ? new DigitizeOptions(new AxisRange(0, s.doseAxisMax()), new AxisRange(0, s.volumeAxisMax()), List.of())
                    : DigitizeOptions.automatic();
            try {
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu = threads.getCurrentThreadCpuTime();
                DigitizeResult result = digitizer.digitize(s.image(), options);
                report.cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                report.add(s, result);
            } catch (NotADvhPlotException e) {
                report.imagesFailed++;
                report.curvesKnown += s.curves().size();
                report.lines.add(String.format(Locale.ROOT, "| %s | %s | FAILED: %s | | |", s.name(), s.description(),
                        e.getMessage()));
            }
        }
        return report;
    }

    private void add(SyntheticDvh s, DigitizeResult result) {
        if (result.calibration().trustworthy()) {
            imagesAutoCalibrated++;
        }
        List<Double> imageV = new ArrayList<>();
        List<Double> imageD = new ArrayList<>();
        int matched = 0;
        for (TrueCurve truth : s.curves()) {
            curvesKnown++;
            TracedCurve traced = match(truth, result.curves());
            if (traced == null) {
                continue;
            }
            matched++;
            curvesMatched++;
            double[] dose = traced.doseGy();
            double[] volume = traced.volumePercent();
            for (int k = 1; k <= 9; k++) {
                double d = s.doseAxisMax() * k / 10.0;
                if (d >= truth.dmax()) {
                    continue;
                }
                double v = CurveMetrics.volumeAt(dose, volume, d);
                double err = Double.isNaN(v) ? 100 : Math.abs(v - truth.volumeAt(d));
                volumeErrors.add(err);
                imageV.add(err);
            }
            double dmaxError = Math.abs(CurveMetrics.dmax(dose, volume) - truth.dmax()) / s.doseAxisMax();
            dmaxErrors.add(dmaxError);
            imageD.add(dmaxError);
            dmeanErrors.add(Math.abs(CurveMetrics.dmean(dose, volume) - truth.dmean()) / s.doseAxisMax());
        }
        lines.add(String.format(Locale.ROOT, "| %s | %s | %d/%d curves, %s | %.2f / %.2f | %.2f / %.2f |", s.name(),
                s.description(), matched, s.curves().size(), result.calibration().doseSource(), median(imageV),
                max(imageV), 100 * median(imageD), 100 * max(imageD)));
    }

    /**
     * The traced curve of the truth's style whose hue is nearest (JPEG washes thin lines out, so
     * the colour seen is paler than the colour drawn, but its hue survives), within 25 degrees.
     */
    static TracedCurve match(TrueCurve truth, List<TracedCurve> traced) {
        TracedCurve best = null;
        double bestDistance = 25;
        int rgb = truth.colour().getRGB() & 0xFFFFFF;
        for (TracedCurve t : traced) {
            if ((t.style() == LineStyle.DASHED) != truth.dashed()) {
                continue;
            }
            double d = hueDistance(rgb, t.rgb());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    static double hueDistance(int a, int b) {
        float[] ha = Color.RGBtoHSB((a >> 16) & 255, (a >> 8) & 255, a & 255, null);
        float[] hb = Color.RGBtoHSB((b >> 16) & 255, (b >> 8) & 255, b & 255, null);
        double d = Math.abs(ha[0] - hb[0]);
        return Math.min(d, 1 - d) * 360;
    }

    static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[(int) Math.min(v.length - 1, Math.floor(q * v.length))];
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    String summary() {
        return String.format(Locale.ROOT,
                "curves matched %d/%d, images refused %d, auto-calibrated %d; V error median %.2f pp, p90 %.2f, worst %.2f;"
                        + " Dmax error median %.2f %% of axis, p90 %.2f, worst %.2f; Dmean error median %.2f %%, worst %.2f;"
                        + " CPU per image median %.0f ms, worst %.0f ms",
                curvesMatched, curvesKnown, imagesFailed, imagesAutoCalibrated, median(volumeErrors),
                quantile(volumeErrors, 0.9), max(volumeErrors), 100 * median(dmaxErrors), 100 * quantile(dmaxErrors, 0.9),
                100 * max(dmaxErrors), 100 * median(dmeanErrors), 100 * max(dmeanErrors), median(cpuMillis),
                max(cpuMillis));
    }

    /** Prints the accuracy table (automatic calibration, then with the axis ranges given). */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 36;
        List<SyntheticDvh> corpus = SyntheticDvhCorpus.corpus(count);
        for (boolean given : new boolean[] {false, true}) {
            AccuracyReport r = run(corpus, given);
            System.out.println(given ? "## Axis ranges given (--x-range/--y-range)" : "## Automatic calibration");
            System.out.println();
            System.out.println("| image | style | result | V error median / worst (pp) | Dmax error median / worst (% of axis) |");
            System.out.println("|---|---|---|---|---|");
            r.lines.forEach(System.out::println);
            System.out.println();
            System.out.println(r.summary());
            System.out.println();
        }
    }
}
