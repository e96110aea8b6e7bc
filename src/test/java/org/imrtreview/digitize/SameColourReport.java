package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.evaluate.DvhTolerance;
import org.imrtreview.model.Unit;
import org.imrtreview.ocr.TextReader;

/**
 * Curves of one colour and style (a palette repeating over many structures) on every synthetic corpus:
 * how many were traced, how many the product uses (trusted axes, traced whole, not an uncertain twin,
 * decision 0276), and of the used ones how many are wrong: off by more than 5 pp at a tenth of the dose
 * axis, or with a true Dmax outside the reported range by more than the digitised tolerance (a false
 * DVH_TABLE_MISMATCH). Curves are matched to the truth by shape within 25 degrees of hue, as
 * {@link LooksReport#nearest} does. Usage: bench/digitize-same-colour.sh [CROWDED-PICTURES [FIRST-VARIANT]]
 * or bench/digitize-same-colour.sh variety [IMAGES-PER-STYLE] (every curve of the variety corpus)
 * or bench/digitize-same-colour.sh accuracy [PICTURES] (every curve of the accuracy corpus)
 * or bench/digitize-same-colour.sh looks [PER-LOOK] (every curve of the app-looks corpus)
 * or bench/digitize-same-colour.sh tps [PER-LOOK] (every curve of the planning-system windows, decision 0384)
 * or bench/digitize-same-colour.sh tps-edge [PER-LOOK] (the same windows under the edge probes, decision 0421).
 */
public final class SameColourReport {

    record Count(String corpus, int pictures, int twins, int used, int wrong, double worstUsedV, List<String> wrongOnes) {
    }

    static Count measure(String corpus, List<SyntheticDvh> pictures) {
        return measure(corpus, pictures, false);
    }

    /** As {@link #measure(String, List)}; with {@code everyCurve} every curve counts, not only same-colour ones. */
    static Count measure(String corpus, List<SyntheticDvh> pictures, boolean everyCurve) {
        DvhImageDigitizer digitizer = new DvhImageDigitizer(TextReader.unavailable("not needed to score curves"));
        int twins = 0;
        int used = 0;
        int wrong = 0;
        double worstUsed = 0;
        List<String> wrongOnes = new ArrayList<>();
        for (SyntheticDvh s : pictures) {
            DigitizeResult r;
            try {
                r = digitizer.digitize(s.image(), DigitizeOptions.automatic());
            } catch (NotADvhPlotException e) {
                continue;
            }
            List<TracedCurve> unmatched = new ArrayList<>(r.curves());
            java.util.Map<TracedCurve, TrueCurve> truthOf = new java.util.IdentityHashMap<>();
            for (TrueCurve t : s.curves()) {
                TracedCurve c = LooksReport.nearest(t, unmatched);
                if (c != null) {
                    unmatched.remove(c);
                    truthOf.put(c, t);
                }
            }
            // Drawn curves a used trace stands for: a second used trace standing for the same one is wrong (decision
            // 0420): one of the two is another curve's line read as this one, e.g. a dashed plan read as a second solid.
            java.util.Set<TrueCurve> usedFor = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            if (LISTING != null) {
                list(s, r);
            }
            for (TracedCurve c : r.curves()) {
                boolean twin = r.curves().stream().anyMatch(o -> o != c && o.rgb() == c.rgb() && o.style() == c.style());
                if (!twin && !everyCurve) {
                    continue;
                }
                twins++;
                if (!r.calibration().trustworthy() || !c.tracedWhole(r.calibration())) {
                    continue;
                }
                used++;
                TrueCurve t = truthOf.get(c);
                if (t == null) {
                    // A used trace left unmatched because a held-back duplicate of its line took its truth (decision
                    // 0384, seen once on a RayStation-like JPEG): scored against the true curve nearest its shape.
                    t = nearestTruth(c, s.curves());
                }
                if (t == null) {
                    wrong++;
                    wrongOnes.add(s.name() + " " + c.describe() + ": no true curve of its shape");
                    continue;
                }
                if (!usedFor.add(t)) {
                    wrong++;
                    wrongOnes.add(s.name() + " " + c.describe() + ": a second used curve for " + t.name() + " ("
                            + (t.dashed() ? "dashed" : "solid") + "): it stands for another curve");
                    continue;
                }
                double worst = 0;
                // V is compared as the cross-check does (decision 0309): a value inside a stretch the picture
                // does not show is the range between the curve's edges there.
                org.imrtreview.model.CurveBound bound = DigitizedCurves.bound(c, r.calibration());
                for (int k = 1; k <= 9; k++) {
                    double at = s.doseAxisMax() * k / 10.0;
                    if (at >= t.dmax()) {
                        continue;
                    }
                    double got = CurveMetrics.volumeAt(c.doseGy(), c.volumePercent(), at);
                    double low = got;
                    double high = got;
                    if (bound != null) {
                        double up = CurveMetrics.volumeAt(bound.doseGy(), bound.volumePercent(), at);
                        double down = bound.hasLowerEdge()
                                ? CurveMetrics.volumeAt(bound.lowerDoseGy(), bound.lowerVolumePercent(), at) : got;
                        low = Math.min(got, Math.min(up, down));
                        high = Math.max(got, Math.max(up, down));
                    }
                    double truth = t.volumeAt(at);
                    double off = truth < low ? low - truth : truth > high ? truth - high : 0;
                    worst = Math.max(worst, Double.isNaN(got) ? 100 : off);
                }
                // Dmax as the cross-check takes it: between its values on the traced curve and on both edges.
                double[] range = c.dmaxInterval(r.calibration());
                if (bound != null) {
                    double up = CurveMetrics.dmax(bound.doseGy(), bound.volumePercent());
                    double down = bound.hasLowerEdge() ? CurveMetrics.dmax(bound.lowerDoseGy(), bound.lowerVolumePercent())
                            : range[0];
                    range = new double[] {Math.min(range[0], Math.min(up, down)), Math.max(range[1], Math.max(up, down))};
                }
                double nearest = Math.max(range[0], Math.min(range[1], t.dmax()));
                boolean dmaxWrong = Math.abs(nearest - t.dmax())
                        > DvhTolerance.digitisedTolerance(t.dmax(), nearest, Unit.GY);
                worstUsed = Math.max(worstUsed, worst);
                if (worst > 5 || dmaxWrong) {
                    wrong++;
                    wrongOnes.add(String.format(Locale.ROOT, "%s %s (%s): worst V %.1f pp, Dmax %.1f read %.1f-%.1f",
                            s.name(), c.describe(), t.name(), worst, t.dmax(), range[0], range[1]));
                }
            }
        }
        return new Count(corpus, pictures.size(), twins, used, wrong, worstUsed, wrongOnes);
    }

    /**
     * With {@code -Ddigitize.listing=FILE}, one line per traced curve (picture, colour and style, used, Dmax range, V at
     * tenths of the dose axis) is appended to FILE, for comparing every trace before and after a change.
     */
    private static final String LISTING = System.getProperty("digitize.listing");

    private static void list(SyntheticDvh s, DigitizeResult r) {
        StringBuilder b = new StringBuilder();
        for (TracedCurve c : r.curves()) {
            boolean used = r.calibration().trustworthy() && c.tracedWhole(r.calibration());
            double[] range = c.dmaxInterval(r.calibration());
            b.append(String.format(Locale.ROOT, "%s #%06x %s used=%s dmax=%.2f-%.2f V=", s.name(), c.rgb() & 0xffffff,
                    c.style(), used, range[0], range[1]));
            for (int k = 1; k <= 9; k++) {
                b.append(String.format(Locale.ROOT, " %.1f",
                        CurveMetrics.volumeAt(c.doseGy(), c.volumePercent(), s.doseAxisMax() * k / 10.0)));
            }
            b.append('\n');
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(LISTING), b.toString(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The true curve of the trace's style and hue (within 25 degrees) nearest its shape, or null. */
    static TrueCurve nearestTruth(TracedCurve c, List<TrueCurve> truths) {
        TrueCurve best = null;
        double bestDistance = Double.MAX_VALUE;
        for (TrueCurve t : truths) {
            if (LooksReport.nearest(t, List.of(c)) == null) {
                continue;
            }
            double dist = 0;
            for (int k = 1; k <= 9; k++) {
                double at = t.dmax() * k / 10.0;
                double got = CurveMetrics.volumeAt(c.doseGy(), c.volumePercent(), at);
                dist += Double.isNaN(got) ? 100 : Math.abs(got - t.volumeAt(at));
            }
            if (dist < bestDistance) {
                bestDistance = dist;
                best = t;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("variety")) {
            // Variety corpus, every curve (unique colours too): variety [IMAGES-PER-STYLE]
            int perStyle = args.length > 1 ? Integer.parseInt(args[1]) : 4;
            Count c = measure("variety (" + perStyle + " per style), every curve", VarietyDvhCorpus.corpus(perStyle)
                    .stream().map(VarietyDvhCorpus.Image::dvh).toList(), true);
            System.out.printf(Locale.ROOT, "%s: %d pictures, %d curves traced, %d used, %d used and wrong, worst V of a used"
                    + " one %.2f pp%n", c.corpus(), c.pictures(), c.twins(), c.used(), c.wrong(), c.worstUsedV());
            c.wrongOnes().forEach(w -> System.out.println("wrong: " + w));
            return;
        }
        if (args.length > 0 && args[0].equals("looks")) {
            // App-looks corpus (ggplot, seaborn, MATLAB, Office, browser cards, crowded …), every curve: looks [PER-LOOK]
            int perLook = args.length > 1 ? Integer.parseInt(args[1]) : 4;
            Count c = measure("app looks (" + perLook + " per look), every curve", AppLooksCorpus.corpus(perLook).stream()
                    .map(AppLooksCorpus.Picture::dvh).toList(), true);
            System.out.printf(Locale.ROOT, "%s: %d pictures, %d curves traced, %d used, %d used and wrong, worst V of a used"
                    + " one %.2f pp%n", c.corpus(), c.pictures(), c.twins(), c.used(), c.wrong(), c.worstUsedV());
            c.wrongOnes().forEach(w -> System.out.println("wrong: " + w));
            return;
        }
        if (args.length > 0 && args[0].equals("tps")) {
            // Planning-system DVH windows (RayStation-, Eclipse-, Monaco-like, decision 0384), every curve: tps [PER-LOOK]
            int perLook = args.length > 1 ? Integer.parseInt(args[1]) : 4;
            Count c = measure("planning-system windows (" + perLook + " per look), every curve", PlanningSystemCorpus
                    .corpus(perLook).stream().map(PlanningSystemCorpus.Picture::dvh).toList(), true);
            System.out.printf(Locale.ROOT, "%s: %d pictures, %d curves traced, %d used, %d used and wrong, worst V of a used"
                    + " one %.2f pp%n", c.corpus(), c.pictures(), c.twins(), c.used(), c.wrong(), c.worstUsedV());
            c.wrongOnes().forEach(w -> System.out.println("wrong: " + w));
            return;
        }
        if (args.length > 0 && args[0].equals("tps-edge")) {
            // Planning-system windows under the edge probes (decision 0421), per probe and in total: tps-edge [PER-LOOK]
            int perLook = args.length > 1 ? Integer.parseInt(args[1]) : 4;
            int used = 0;
            int wrong = 0;
            int traced = 0;
            int pictures = 0;
            double worst = 0;
            List<String> wrongOnes = new ArrayList<>();
            for (PlanningSystemCorpus.Tweak t : PlanningSystemCorpus.edgeTweaks()) {
                List<SyntheticDvh> ofTweak = new ArrayList<>();
                for (PlanningSystemCorpus.Look l : PlanningSystemCorpus.Look.values()) {
                    for (int v = 0; v < perLook; v++) {
                        ofTweak.add(PlanningSystemCorpus.make(l, v, t).dvh());
                    }
                }
                Count c = measure("planning-system windows" + t.suffix(), ofTweak, true);
                System.out.printf(Locale.ROOT, "%s: %d pictures, %d curves traced, %d used, %d used and wrong, worst V of a"
                        + " used one %.2f pp%n", c.corpus(), c.pictures(), c.twins(), c.used(), c.wrong(), c.worstUsedV());
                pictures += c.pictures();
                traced += c.twins();
                used += c.used();
                wrong += c.wrong();
                worst = Math.max(worst, c.worstUsedV());
                wrongOnes.addAll(c.wrongOnes());
            }
            System.out.printf(Locale.ROOT, "planning-system edge probes, every curve: %d pictures, %d curves traced, %d used,"
                    + " %d used and wrong, worst V of a used one %.2f pp%n", pictures, traced, used, wrong, worst);
            wrongOnes.forEach(w -> System.out.println("wrong: " + w));
            return;
        }
        if (args.length > 0 && args[0].equals("accuracy")) {
            // Accuracy corpus, every curve: accuracy [PICTURES]
            int n = args.length > 1 ? Integer.parseInt(args[1]) : 36;
            Count c = measure("accuracy (" + n + "), every curve", SyntheticDvhCorpus.corpus(n), true);
            System.out.printf(Locale.ROOT, "%s: %d pictures, %d curves traced, %d used, %d used and wrong, worst V of a used"
                    + " one %.2f pp%n", c.corpus(), c.pictures(), c.twins(), c.used(), c.wrong(), c.worstUsedV());
            c.wrongOnes().forEach(w -> System.out.println("wrong: " + w));
            return;
        }
        int crowded = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        if (args.length > 1) {
            // Held-out crowded pictures, every curve (unique colours too): FIRST-VARIANT COUNT all
            int first = Integer.parseInt(args[1]);
            List<SyntheticDvh> held = new ArrayList<>();
            for (int v = first; v < first + crowded; v++) {
                held.add(AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, v).dvh());
            }
            Count c = measure("crowded tab10 variants " + first + "-" + (first + crowded - 1) + ", every curve", held, true);
            System.out.printf(Locale.ROOT, "%s: %d pictures, %d curves traced, %d used, %d used and wrong, worst V of a used"
                    + " one %.2f pp%n", c.corpus(), c.pictures(), c.twins(), c.used(), c.wrong(), c.worstUsedV());
            c.wrongOnes().forEach(w -> System.out.println("wrong: " + w));
            return;
        }
        List<Count> counts = new ArrayList<>();
        List<SyntheticDvh> looks = new ArrayList<>();
        for (int v = 0; v < crowded; v++) {
            looks.add(AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, v).dvh());
        }
        counts.add(measure("crowded tab10 (12-14 curves)", looks));
        counts.add(measure("variety (4 per style)", VarietyDvhCorpus.corpus(4).stream().map(VarietyDvhCorpus.Image::dvh)
                .toList()));
        counts.add(measure("accuracy (36)", SyntheticDvhCorpus.corpus(36)));
        System.out.println("| corpus | pictures | same-colour curves traced | used | used and wrong | worst V error of a used one (pp) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Count c : counts) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f |%n", c.corpus(), c.pictures(), c.twins(),
                    c.used(), c.wrong(), c.worstUsedV());
        }
        for (Count c : counts) {
            for (String w : c.wrongOnes()) {
                System.out.println("wrong: " + w);
            }
        }
    }
}
