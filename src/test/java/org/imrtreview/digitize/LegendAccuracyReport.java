package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.model.PlanKind;
import org.imrtreview.ocr.TesseractReader;

/**
 * Measures legend reading by OCR on the legend corpus: every known curve is matched to its traced
 * curve (colour and style, as in {@link AccuracyReport}) and the legend label read for it is
 * compared with the text drawn. Digitises with no certainty cut so that every reading and its
 * certainty is kept; {@link #at(double)} then counts what a given cut would label, and how many of
 * those labels are wrong (the dangerous case). {@link #main} prints the table for docs/digitize.md.
 */
public final class LegendAccuracyReport {

    /** One known curve: the text drawn, the text read (null = none) and its certainty. */
    record Entry(String image, String truth, String read, double certainty, boolean swatchFound) {
        boolean textRight() {
            return read != null && normalise(read).equals(normalise(truth));
        }

        /** Whether the organ (TG-263, with side) read equals the organ drawn; targets compare as text. */
        boolean organRight() {
            if (read == null) {
                return false;
            }
            Optional<OrganName> t = OrganNames.normalise(truth);
            Optional<OrganName> r = OrganNames.normalise(read);
            if (t.isEmpty()) {
                return r.isEmpty() && textRight();
            }
            return r.isPresent() && r.get().tg263().equals(t.get().tg263());
        }

        boolean planRight() {
            PlanKind t = CurveAssigner.planFromName(truth);
            PlanKind r = read == null ? null : CurveAssigner.planFromName(read);
            return t == r;
        }
    }

    /** Counts at one certainty cut. */
    record AtCut(double cut, int known, int swatches, int labelled, int textRight, int organRight, int wrongLabelled,
                 int wrongOrganLabelled) {
        String summary() {
            return String.format(Locale.ROOT,
                    "cut %.2f: %d of %d curves labelled (%.0f %%; %d had a legend swatch found); text exact %d/%d labelled (%.1f %%); organ right %d;"
                            + " wrong but above the cut %d (wrong organ %d)",
                    cut, labelled, known, 100.0 * labelled / Math.max(1, known), swatches, textRight, labelled,
                    100.0 * textRight / Math.max(1, labelled), organRight, wrongLabelled, wrongOrganLabelled);
        }
    }

    final List<Entry> entries = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<Double> cpuMillis = new ArrayList<>();
    int imagesFailed;

    static LegendAccuracyReport run(List<SyntheticDvh> corpus) {
        LegendAccuracyReport report = new LegendAccuracyReport();
        DvhImageDigitizer digitizer = new DvhImageDigitizer(TesseractReader.shared(), 0.0);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (SyntheticDvh s : corpus) {
            try {
                long cpu = threads.getCurrentThreadCpuTime();
                DigitizeResult result = digitizer.digitize(s.image(), DigitizeOptions.automatic());
                report.cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                report.add(s, result);
            } catch (NotADvhPlotException e) {
                report.imagesFailed++;
                report.lines.add("| " + s.name() + " | " + s.description() + " | refused: " + e.getMessage() + " |");
            }
        }
        return report;
    }

    private void add(SyntheticDvh s, DigitizeResult result) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < s.curves().size(); i++) {
            TrueCurve truth = s.curves().get(i);
            String text = s.legendTexts().get(i);
            TracedCurve traced = AccuracyReport.match(truth, result.curves());
            LegendLabel label = traced == null ? null : traced.legendLabel();
            Entry e = new Entry(s.name(), text, label == null ? null : label.text(), label == null ? 0 : label.certainty(),
                    traced != null && traced.legendOrder() >= 0);
            entries.add(e);
            String mark = e.read() == null ? "–" : e.textRight() ? "ok" : "**" + e.read() + "**";
            cells.add(String.format(Locale.ROOT, "%s: %s %.2f", text, mark, e.certainty()));
        }
        lines.add("| " + s.name() + " | " + s.description() + " | " + String.join("; ", cells) + " |");
    }

    /** Another traced curve of the same colour (a combined plot): legends drawing both swatches solid are ambiguous. */
    private static boolean sharesColour(TracedCurve t, List<TracedCurve> all) {
        return all.stream().anyMatch(o -> o != t && o.rgb() == t.rgb());
    }

    AtCut at(double cut) {
        int labelled = 0;
        int textRight = 0;
        int organRight = 0;
        int wrong = 0;
        int wrongOrgan = 0;
        for (Entry e : entries) {
            if (e.read() == null || e.certainty() < cut) {
                continue;
            }
            labelled++;
            if (e.textRight()) {
                textRight++;
            } else {
                wrong++;
            }
            if (e.organRight()) {
                organRight++;
            } else {
                wrongOrgan++;
            }
        }
        int swatches = (int) entries.stream().filter(Entry::swatchFound).count();
        return new AtCut(cut, entries.size(), swatches, labelled, textRight, organRight, wrong, wrongOrgan);
    }

    /** Upper case, whitespace collapsed: "Parotid_L" and "PAROTID_L" are the same name. */
    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean original = args.length > 2 && args[2].equals("original");
        List<SyntheticDvh> corpus = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            corpus.add(original ? SyntheticDvhCorpus.make(i) : SyntheticDvhCorpus.legendImage(i));
        }
        LegendAccuracyReport r = run(corpus);
        System.out.println("| image | style | legend text: read (ok / **misread** / – none), certainty |");
        System.out.println("|---|---|---|");
        r.lines.forEach(System.out::println);
        System.out.println();
        for (double cut : new double[] {0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            System.out.println(r.at(cut).summary());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "CPU per image (digitise + OCR) median %.0f ms, worst %.0f ms; images refused %d%n",
                AccuracyReport.median(r.cpuMillis), AccuracyReport.max(r.cpuMillis), r.imagesFailed);
    }
}
