package org.imrtreview.digitize;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Measures the digitiser on {@link VarietyDvhCorpus}: per image whether it was refused, calibrated
 * (trusted) or left for the nurse, which known curves were found in their colour and style, how
 * many traced curves match nothing (spurious), and the V error at fixed doses and the Dmax error
 * (% of the dose axis) of the found ones. "Confident wrong" counts images with a curve the product
 * would use (trusted calibration, followed to its end) that is off by more than 5 pp somewhere: the
 * outcome the digitiser must never produce. Spurious curves enter a case unassigned (never evidence
 * until the nurse names them) and are counted separately. {@link #main} prints per-style tables for docs/digitize.md.
 */
public final class VarietyReport {
    /** Outcome of one image. */
    record Row(VarietyDvhCorpus.Image image, String outcome, boolean trusted, int known, int found, int spurious,
               List<Double> volumeErrors, List<Double> dmaxErrors, List<String> warnings, double cpuMillis,
               DigitizeResult result, int confidentWrongCurves) {

        /** A used curve that is wrong: trusted calibration, followed to its end, yet off by more than 5 pp somewhere. */
        boolean confidentWrong() {
            return confidentWrongCurves > 0;
        }
    }

    final List<Row> rows = new ArrayList<>();

    static VarietyReport run(List<VarietyDvhCorpus.Image> images, boolean givePrescription) {
        VarietyReport report = new VarietyReport();
        DvhImageDigitizer digitizer = new DvhImageDigitizer();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (VarietyDvhCorpus.Image image : images) {
            SyntheticDvh s = image.dvh();
            DigitizeOptions options = givePrescription
                    ? DigitizeOptions.automatic().withPrescriptionGy(image.prescriptionGy()) : DigitizeOptions.automatic();
            long cpu = threads.getCurrentThreadCpuTime();
            try {
                DigitizeResult result = digitizer.digitize(s.image(), options);
                double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                report.rows.add(measure(image, result, ms));
            } catch (NotADvhPlotException e) {
                double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                report.rows.add(new Row(image, "refused: " + e.getMessage(), false, s.curves().size(), 0, 0, List.of(),
                        List.of(), List.of(), ms, null, 0));
            }
        }
        return report;
    }

    private static Row measure(VarietyDvhCorpus.Image image, DigitizeResult result, double ms) {
        SyntheticDvh s = image.dvh();
        List<TracedCurve> unmatched = new ArrayList<>(result.curves());
        List<Double> v = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        int found = 0;
        int wrong = 0;
        boolean trusted = result.calibration().trustworthy();
        for (TrueCurve truth : s.curves()) {
            TracedCurve traced = match(truth, unmatched);
            if (traced == null) {
                continue;
            }
            unmatched.remove(traced);
            found++;
            double[] dose = traced.doseGy();
            double[] volume = traced.volumePercent();
            double worst = 0;
            for (int k = 1; k <= 9; k++) {
                double at = s.doseAxisMax() * k / 10.0;
                if (at >= truth.dmax()) {
                    continue;
                }
                double got = CurveMetrics.volumeAt(dose, volume, at);
                double err = Double.isNaN(got) ? 100 : Math.abs(got - truth.volumeAt(at));
                v.add(err);
                worst = Math.max(worst, err);
            }
            if (trusted && traced.tracedWhole(result.calibration()) && worst > 5) {
                wrong++;
            }
            d.add(Math.abs(CurveMetrics.dmax(dose, volume) - truth.dmax()) / s.doseAxisMax());
        }
        String outcome = trusted ? "calibrated " + result.calibration().doseSource() + "/" + result.calibration().volumeSource()
                : "not trusted " + result.calibration().doseSource() + "/" + result.calibration().volumeSource();
        return new Row(image, outcome, trusted, s.curves().size(), found, unmatched.size(), v, d, result.warnings(), ms,
                result, wrong);
    }

    /**
     * The traced curve of the truth's style nearest in colour among those within 25 degrees of hue
     * (JPEG and dark themes change lightness and saturation more than hue).
     */
    static TracedCurve match(TrueCurve truth, List<TracedCurve> traced) {
        TracedCurve best = null;
        double bestDistance = Double.MAX_VALUE;
        int rgb = truth.colour().getRGB() & 0xFFFFFF;
        for (TracedCurve t : traced) {
            if ((t.style() == LineStyle.DASHED) != truth.dashed()) {
                continue;
            }
            double hue = AccuracyReport.hueDistance(rgb, t.rgb());
            if (hue > 25) {
                continue;
            }
            double dist = hue + 0.2 * RgbImage.distance(rgb, t.rgb());
            if (dist < bestDistance) {
                bestDistance = dist;
                best = t;
            }
        }
        return best;
    }

    /** Per style: images, refused, trusted, curves found/known, spurious, V and Dmax errors, confident-wrong images. */
    String styleTable() {
        Map<VarietyDvhCorpus.Style, List<Row>> byStyle = new EnumMap<>(VarietyDvhCorpus.Style.class);
        for (Row r : rows) {
            byStyle.computeIfAbsent(r.image().style(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder();
        out.append("| style | images | refused | calibrated | curves found | spurious | V error median / p90 (pp)"
                + " | Dmax error median / p90 (% axis) | confident wrong | CPU ms median |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<VarietyDvhCorpus.Style, List<Row>> e : byStyle.entrySet()) {
            out.append(line(e.getKey().name(), e.getValue()));
        }
        out.append(line("ALL", rows));
        return out.toString();
    }

    private static String line(String name, List<Row> rows) {
        int refused = 0;
        int trusted = 0;
        int known = 0;
        int found = 0;
        int spurious = 0;
        int wrong = 0;
        List<Double> v = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        List<Double> ms = new ArrayList<>();
        for (Row r : rows) {
            refused += r.result() == null ? 1 : 0;
            trusted += r.trusted() ? 1 : 0;
            known += r.known();
            found += r.found();
            spurious += r.spurious();
            wrong += r.confidentWrong() ? 1 : 0;
            v.addAll(r.volumeErrors());
            d.addAll(r.dmaxErrors());
            ms.add(r.cpuMillis());
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d/%d | %d | %.2f / %.2f | %.2f / %.2f | %d | %.0f |%n",
                name, rows.size(), refused, trusted, found, known, spurious, AccuracyReport.median(v),
                AccuracyReport.quantile(v, 0.9), 100 * AccuracyReport.median(d), 100 * AccuracyReport.quantile(d, 0.9),
                wrong, AccuracyReport.median(ms));
    }

    String imageTable() {
        StringBuilder out = new StringBuilder();
        out.append("| image | look | outcome | found / known, spurious | V error median / worst (pp) | Dmax error"
                + " median / worst (% axis) | warnings |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d/%d, %d | %.2f / %.2f | %.2f / %.2f | %s |%n",
                    r.image().dvh().name(), r.image().dvh().description(), r.outcome(), r.found(), r.known(),
                    r.spurious(), AccuracyReport.median(r.volumeErrors()), AccuracyReport.max(r.volumeErrors()),
                    100 * AccuracyReport.median(r.dmaxErrors()), 100 * AccuracyReport.max(r.dmaxErrors()),
                    String.join("; ", r.warnings())));
        }
        return out.toString();
    }

    /** Prints the tables; with a folder argument also writes each image and its debug overlay there. */
    public static void main(String[] args) throws IOException {
        int perStyle = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        List<VarietyDvhCorpus.Image> corpus = VarietyDvhCorpus.corpus(perStyle);
        VarietyReport r = run(corpus, false);
        System.out.println("## Automatic");
        System.out.println();
        System.out.print(r.styleTable());
        System.out.println();
        System.out.print(r.imageTable());
        List<VarietyDvhCorpus.Image> percent = corpus.stream()
                .filter(i -> i.style() == VarietyDvhCorpus.Style.DOSE_PERCENT).toList();
        VarietyReport withRx = run(percent, true);
        System.out.println();
        System.out.println("## Dose in % of prescription, prescription given (--prescription)");
        System.out.println();
        System.out.print(withRx.styleTable());
        if (args.length > 1) {
            Path dir = Path.of(args[1]);
            Files.createDirectories(dir);
            for (Row row : r.rows) {
                String name = row.image().dvh().name();
                ImageIO.write(row.image().dvh().image(), "png", dir.resolve(name + ".png").toFile());
                if (row.result() != null) {
                    ImageIO.write(DebugOverlay.draw(row.image().dvh().image(), row.result()), "png",
                            dir.resolve(name + "-overlay.png").toFile());
                }
            }
        }
    }

    static Color colour(int rgb) {
        return new Color(rgb);
    }
}
