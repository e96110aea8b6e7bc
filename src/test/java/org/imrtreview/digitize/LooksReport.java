package org.imrtreview.digitize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Measures the digitiser on {@link AppLooksCorpus}: per picture the outcome (refused, calibrated,
 * left for the nurse), the known curves found in their colour, the spurious ones, the V error at
 * tenths of the dose axis and the Dmax error of the found ones, and "confident wrong" curves: ones
 * the product would use (trusted axes, followed to the end) yet off by more than 5 pp somewhere.
 * {@link #main} prints the table for docs/digitize.md.
 */
public final class LooksReport {
    /** Outcome of one picture. */
    record Row(AppLooksCorpus.Picture picture, String outcome, boolean trusted, int known, int found, int spurious,
               List<Double> volumeErrors, List<Double> dmaxErrors, int confidentWrong, DigitizeResult result) {
    }

    final List<Row> rows = new ArrayList<>();

    static LooksReport run(List<AppLooksCorpus.Picture> pictures) {
        LooksReport report = new LooksReport();
        DvhImageDigitizer digitizer = new DvhImageDigitizer(org.imrtreview.ocr.TextReader.unavailable("not needed to score curves"));
        for (AppLooksCorpus.Picture p : pictures) {
            SyntheticDvh s = p.dvh();
            try {
                DigitizeResult result = digitizer.digitize(s.image(), DigitizeOptions.automatic());
                report.rows.add(measure(p, result));
            } catch (NotADvhPlotException e) {
                report.rows.add(new Row(p, "refused: " + e.getMessage(), false, s.curves().size(), 0, 0, List.of(),
                        List.of(), 0, null));
            }
        }
        return report;
    }

    static Row measure(AppLooksCorpus.Picture p, DigitizeResult result) {
        SyntheticDvh s = p.dvh();
        List<TracedCurve> unmatched = new ArrayList<>(result.curves());
        List<Double> v = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        int found = 0;
        int wrong = 0;
        boolean trusted = result.calibration().trustworthy();
        for (TrueCurve truth : s.curves()) {
            TracedCurve traced = nearest(truth, unmatched);
            if (traced == null) {
                continue;
            }
            unmatched.remove(traced);
            found++;
            double worst = 0;
            for (int k = 1; k <= 9; k++) {
                double at = s.doseAxisMax() * k / 10.0;
                if (at >= truth.dmax()) {
                    continue;
                }
                double got = CurveMetrics.volumeAt(traced.doseGy(), traced.volumePercent(), at);
                double err = Double.isNaN(got) ? 100 : Math.abs(got - truth.volumeAt(at));
                v.add(err);
                worst = Math.max(worst, err);
            }
            if (trusted && traced.tracedWhole(result.calibration()) && worst > 5) {
                wrong++;
            }
            d.add(Math.abs(CurveMetrics.dmax(traced.doseGy(), traced.volumePercent()) - truth.dmax()) / s.doseAxisMax());
        }
        String outcome = (trusted ? "calibrated " : "not trusted ") + result.calibration().doseSource() + "/"
                + result.calibration().volumeSource();
        return new Row(p, outcome, trusted, s.curves().size(), found, unmatched.size(), v, d, wrong, result);
    }

    /**
     * The traced curve nearest the truth: among those within 25 degrees of hue, the one whose
     * volumes at tenths of the dose axis are closest (same-hue curves of a repeating palette are
     * told apart by shape, as a reader would).
     */
    static TracedCurve nearest(TrueCurve truth, List<TracedCurve> traced) {
        TracedCurve best = null;
        double bestDistance = Double.MAX_VALUE;
        int rgb = truth.colour().getRGB() & 0xFFFFFF;
        for (TracedCurve t : traced) {
            if ((t.style() == LineStyle.DASHED) != truth.dashed() || AccuracyReport.hueDistance(rgb, t.rgb()) > 25) {
                continue;
            }
            double dist = 0;
            for (int k = 1; k <= 9; k++) {
                double at = truth.dmax() * k / 10.0;
                double got = CurveMetrics.volumeAt(t.doseGy(), t.volumePercent(), at);
                dist += Double.isNaN(got) ? 100 : Math.abs(got - truth.volumeAt(at));
            }
            dist += 0.2 * RgbImage.distance(rgb, t.rgb());
            if (dist < bestDistance) {
                bestDistance = dist;
                best = t;
            }
        }
        return best;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| picture | outcome | found / drawn, spurious | V error median / worst (pp) | Dmax error median /"
                + " worst (% axis) | confident wrong |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d/%d, %d | %.2f / %.2f | %.2f / %.2f | %d |%n",
                    r.picture().dvh().name(), r.outcome(), r.found(), r.known(), r.spurious(),
                    AccuracyReport.median(r.volumeErrors()), AccuracyReport.max(r.volumeErrors()),
                    100 * AccuracyReport.median(r.dmaxErrors()), 100 * AccuracyReport.max(r.dmaxErrors()),
                    r.confidentWrong()));
        }
        return out.toString();
    }

    /** Prints the table; with a folder argument also writes each picture and its debug overlay there. */
    public static void main(String[] args) throws IOException {
        LooksReport r = run(AppLooksCorpus.corpus(args.length > 0 ? Integer.parseInt(args[0]) : 2));
        System.out.print(r.table());
        if (args.length > 1) {
            Path dir = Path.of(args[1]);
            Files.createDirectories(dir);
            for (Row row : r.rows) {
                String name = row.picture().dvh().name();
                ImageIO.write(row.picture().dvh().image(), "png", dir.resolve(name + ".png").toFile());
                if (row.result() != null) {
                    ImageIO.write(DebugOverlay.draw(row.picture().dvh().image(), row.result()), "png",
                            dir.resolve(name + "-overlay.png").toFile());
                }
            }
        }
    }
}
