package org.imrtreview.digitize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.imrtreview.ocr.TextReader;

/**
 * Measures the digitiser on {@link PlanningSystemCorpus} (decision 0384), OCR off, every curve: per picture the
 * outcome, curves drawn, traced, matched to a true curve of their colour, style and shape ({@link LooksReport#nearest}),
 * used (trusted axes, traced whole) and used yet wrong as {@link SameColourReport} scores them (> 5 pp at a tenth of
 * the dose axis, or a true Dmax outside the reported range beyond the digitised tolerance), and the worst V error of a
 * used curve. Usage: bench/digitize-same-colour.sh tps [PER-LOOK] (totals) or this class's main with
 * [PER-LOOK [FOLDER]] (the per-picture table; with a folder, each picture and its debug overlay as PNG).
 */
public final class PlanningSystemReport {

    record Row(String name, String outcome, int drawn, int traced, int matched, int used, int wrong, double worstUsedV,
               List<String> wrongOnes) {
    }

    static List<Row> run(List<PlanningSystemCorpus.Picture> pictures, Path folder) throws IOException {
        DvhImageDigitizer digitizer = new DvhImageDigitizer(TextReader.unavailable("not needed to score curves"));
        List<Row> rows = new ArrayList<>();
        for (PlanningSystemCorpus.Picture p : pictures) {
            SyntheticDvh s = p.dvh();
            if (folder != null) {
                ImageIO.write(s.image(), "png", folder.resolve(s.name() + ".png").toFile());
            }
            DigitizeResult r;
            try {
                r = digitizer.digitize(s.image(), DigitizeOptions.automatic());
            } catch (NotADvhPlotException e) {
                rows.add(new Row(s.name(), "refused: " + e.getMessage(), s.curves().size(), 0, 0, 0, 0, 0, List.of()));
                continue;
            }
            if (folder != null) {
                ImageIO.write(DebugOverlay.draw(s.image(), r), "png", folder.resolve(s.name() + "-overlay.png").toFile());
            }
            List<TracedCurve> unmatched = new ArrayList<>(r.curves());
            int matched = 0;
            for (TrueCurve t : s.curves()) {
                TracedCurve c = LooksReport.nearest(t, unmatched);
                if (c != null) {
                    unmatched.remove(c);
                    matched++;
                }
            }
            if (Boolean.getBoolean("tps.verbose")) {
                for (TracedCurve t : r.curves()) {
                    double[] dm = t.dmaxInterval(r.calibration());
                    System.out.printf(Locale.ROOT, "  %s #%06x %s %s whole=%s twin=%s dmax %.1f-%.1f cols %d-%d%n", s.name(),
                            t.rgb(), t.describe(), DashedTrackLost.lost(t, r.calibration()), t.tracedWhole(r.calibration()), t.crossesTwin(), dm[0], dm[1],
                            t.path().get(0).x(), t.path().get(t.path().size() - 1).x());
                    if (Boolean.getBoolean("tps.tails")) {
                        StringBuilder b = new StringBuilder("    tail:");
                        for (int k = Math.max(0, t.path().size() - 40); k < t.path().size(); k += 2) {
                            PathColumn pc = t.path().get(k);
                            b.append(String.format(Locale.ROOT, " %d:%d-%d", pc.x(), pc.top(), pc.bottom()));
                        }
                        System.out.println(b + " zero row " + Math.round(r.calibration().row(0)) + " hiddenTail "
                                + t.hiddenTailEndColumn());
                    }
                }
                for (TrueCurve t : s.curves()) {
                    System.out.printf(Locale.ROOT, "  truth %s #%06x %s dmax %.1f%n", t.name(), t.colour().getRGB() & 0xFFFFFF,
                            t.dashed() ? "dashed" : "solid", t.dmax());
                }
            }
            SameColourReport.Count c = SameColourReport.measure(s.name(), List.of(s), true);
            String outcome = (r.calibration().trustworthy() ? "calibrated " : "not trusted ")
                    + r.calibration().doseSource() + "/" + r.calibration().volumeSource()
                    + String.format(Locale.ROOT, " dose %.0f-%.0f Gy, volume %.0f-%.0f %%", r.calibration().doseAtLeft(),
                    r.calibration().doseAtLeft() + r.calibration().doseSpan(), r.calibration().volumeAtBottom(),
                    r.calibration().volumeAtTop());
            rows.add(new Row(s.name(), outcome, s.curves().size(), r.curves().size(), matched, c.used(), c.wrong(),
                    c.worstUsedV(), c.wrongOnes()));
        }
        return rows;
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| picture | outcome | drawn | traced | matched | used | used and wrong |"
                + " worst V of a used one (pp) |\n|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %.2f |%n", r.name(), r.outcome(),
                    r.drawn(), r.traced(), r.matched(), r.used(), r.wrong(), r.worstUsedV()));
        }
        for (Row r : rows) {
            r.wrongOnes().forEach(w -> out.append("wrong: ").append(w).append('\n'));
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        int perLook = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Path folder = null;
        if (args.length > 1) {
            folder = Path.of(args[1]);
            Files.createDirectories(folder);
        }
        System.out.print(table(run(PlanningSystemCorpus.corpus(perLook), folder)));
    }
}
