package org.imrtreview.digitize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.ocr.TesseractReader;
import org.imrtreview.ocr.TextReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a DVH image into curves: finds the plot frame, calibrates the axes (tick labels, or the
 * nurse's ranges), finds the curve colours, separates solid from dashed series of one colour,
 * traces each across the plot and converts it to cumulative DVH points. Images that are not DVH
 * plots are refused with {@link NotADvhPlotException} rather than turned into curves.
 */
public final class DvhImageDigitizer {
    private static final java.util.concurrent.atomic.LongAdder RUNS = new java.util.concurrent.atomic.LongAdder();

    /** Pictures digitised in this process so far (what a cache saves is counted, not timed). */
    public static long runs() {
        return RUNS.sum();
    }

    private static final Logger LOG = LoggerFactory.getLogger(DvhImageDigitizer.class);
    /** A plot's inside is mostly plain background; a photo's is not. */
    private static final double MIN_BACKGROUND_SHARE = 0.45;
    /** A traced curve must cover this fraction of the frame's columns to count as a curve. */
    private static final double MIN_COVERAGE = 0.04;
    /** At least one curve of a DVH falls continuously by this share of the plot height. */
    private static final double MIN_FALL = 0.2;

    private final TextReader textReader;
    private final double minLabelCertainty;

    /** Switches legend OCR off for the whole program ({@code -Dimrt.legendOcr=false}): names then come only from people. */
    public static final String LEGEND_OCR_PROPERTY = "imrt.legendOcr";

    /**
     * Reads legend text with the program's shared OCR engine (when it is available on this computer
     * and not switched off with {@link #LEGEND_OCR_PROPERTY}).
     */
    public DvhImageDigitizer() {
        this("false".equalsIgnoreCase(System.getProperty(LEGEND_OCR_PROPERTY))
                ? TextReader.unavailable("turned off (" + LEGEND_OCR_PROPERTY + "=false)") : TesseractReader.shared());
    }

    /** @param textReader reads legend text; {@link TextReader#unavailable} for none */
    public DvhImageDigitizer(TextReader textReader) {
        this(textReader, LegendTextReader.MIN_CERTAINTY);
    }

    /** With another certainty cut for legend labels: for measuring where the cut should be. */
    DvhImageDigitizer(TextReader textReader, double minLabelCertainty) {
        this.textReader = textReader;
        this.minLabelCertainty = minLabelCertainty;
    }

    public DigitizeResult digitize(Path file, DigitizeOptions options) throws IOException, NotADvhPlotException {
        return digitize(ImageFiles.read(file), options);
    }

    public DigitizeResult digitize(BufferedImage image, DigitizeOptions options) throws NotADvhPlotException {
        return digitize(RgbImage.of(image), options);
    }

    public DigitizeResult digitize(RgbImage original, DigitizeOptions options) throws NotADvhPlotException {
        RUNS.increment();
        long deadline = options.timeBudget() == null ? Long.MAX_VALUE : cpuNanos() + options.timeBudget().toNanos();
        List<String> warnings = new ArrayList<>();
        boolean inverted = ImagePreparation.isDarkTheme(original);
        RgbImage rgb = inverted ? ImagePreparation.lightnessInverted(original) : original;
        PlotFrame given = options.frame();
        if (given != null && (given.right() > original.width() || given.bottom() > original.height())) {
            throw new NotADvhPlotException(String.format(java.util.Locale.ROOT, "the plot frame given (%.0f,%.0f,%.0f,%.0f)"
                    + " reaches outside the %d x %d picture", given.left(), given.top(), given.right(), given.bottom(),
                    original.width(), original.height()));
        }
        // A frame the nurse gave is in the picture's own pixels: the picture is not straightened then.
        double skew = given != null ? 0 : ImagePreparation.skewDegrees(rgb);
        if (skew != 0) {
            rgb = ImagePreparation.deskewed(rgb, skew);
            warnings.add(String.format(java.util.Locale.ROOT,
                    "the picture is tilted by %.1f° (a scan or a photo); it was straightened before reading: check the"
                            + " overlay", skew));
        }
        Framed framed = given != null ? framed(rgb, given) : frame(rgb);
        if (given != null) {
            warnings.add("plot frame set by you: " + String.format(java.util.Locale.ROOT, "%.0f,%.0f,%.0f,%.0f",
                    given.left(), given.top(), given.right(), given.bottom()) + " (left, top, right, bottom)");
        }
        if (given == null && !inverted && framed.share() >= MIN_BACKGROUND_SHARE && RgbImage.luma(framed.background()) < 110) {
            // A light window around a dark plot: read the plot as a dark theme.
            inverted = true;
            rgb = ImagePreparation.lightnessInverted(rgb);
            framed = frame(rgb);
        }
        if (given == null && framed.share() < MIN_BACKGROUND_SHARE) {
            // A photographed screen or a scan lit unevenly: even the light out before calling it a photo.
            RgbImage even = ImagePreparation.evenlyLit(rgb);
            Framed again = frame(even);
            if (again.share() >= MIN_BACKGROUND_SHARE) {
                rgb = even;
                framed = again;
                warnings.add("the picture is unevenly lit (a photo or a scan); brightness was evened out before reading");
            }
        }
        checkTime(deadline);
        PlotFrame frame = framed.frame();
        int background = framed.background();
        if (framed.share() < MIN_BACKGROUND_SHARE) {
            throw new NotADvhPlotException(String.format(java.util.Locale.ROOT,
                    "the area inside the axes is not a plain chart background (%.0f %% plain; a photo or a scan?)",
                    framed.share() * 100));
        }
        refuseTextFilled(rgb, frame, background);
        Calibration calibration = new AutoCalibrator(rgb, frame).calibrate(options, warnings);
        Region region = Region.around(frame, 2, rgb);
        CurveColours colours = new CurveColours(rgb, region, background);
        List<Integer> seeds = colours.find();
        if (seeds.isEmpty()) {
            throw new NotADvhPlotException("no coloured curves inside the axes (a grayscale plot, or not a DVH)");
        }
        checkTime(deadline);
        List<SeriesPath> series = traceSeries(rgb, region, colours, seeds, frame);
        // A dashed line whose gaps JPEG ringing bridged, traced as a second solid line of its colour (decision 0420).
        series = DashesInPicture.restyled(rgb, background, series);
        checkTime(deadline);
        if (!series.isEmpty() && series.stream().mapToDouble(s -> continuousFall(s.path())).max().orElse(0)
                < MIN_FALL * frame.height()) {
            // Swatches in table rows, coloured buttons, legend lines: coloured, but nothing falls.
            throw new NotADvhPlotException("no coloured line falls across the plot area: this looks like a table, a"
                    + " form or a legend, not a DVH plot");
        }

        List<TracedCurve> curves = SeriesPath.toCurves(series, calibration);
        // A piece of a dashed curve traced again as a solid one is dropped (decision 0425).
        curves = DashesInPicture.withoutDashedPieces(rgb, background, curves, calibration);
        if (curves.isEmpty()) {
            throw new NotADvhPlotException("no curve could be followed across the plot (not a DVH chart?)");
        }
        // Same-colour curves first (their tails may be swapped back), then the ends along 0 %.
        curves = TwinCurves.separate(TwinCurves.cutJumpsOntoOthers(curves, calibration), calibration);
        // Two shades of one line each seen along part of it are one curve (decision 0383); other pairs on one line
        // (another hue, or a solid and a dashed of one hue) are shown, not used (0279, 0352).
        curves = OneLineTracedTwice.joinShades(curves, calibration, warnings);
        curves = OneLineTracedTwice.mark(curves, calibration);
        int[] shades = PaleShades.shadeOf(curves, calibration);
        curves = PaleShades.mark(curves, shades);
        curves = ThinlySeenFalls.mark(curves, calibration);
        curves = SheerJumps.mark(curves, calibration);
        List<int[]> dashedTwice = TwoDashedOfOneHue.pairList(curves, calibration);
        curves = TwoDashedOfOneHue.mark(curves, dashedTwice);
        boolean[] loneDashed = LoneDashedTraces.lone(curves, calibration);
        curves = LoneDashedTraces.mark(curves, calibration);
        curves = HiddenTails.mark(rgb, calibration, curves, colours, seeds);
        // After the hidden tails: a trace whose Dmax range already reaches back to its bridge is kept (decision 0385).
        curves = DashedTrackLost.mark(curves, calibration);
        // A dashed trace passing where its colour's only solid traces were lost may run on along them (decision 0490).
        boolean[] onLostSolid = DashedOnALostSolid.held(curves, calibration);
        curves = TracedCurve.notUsedWhere(curves, onLostSolid);
        // A solid trace crossing a gap off its own slope, where its dashed twin runs, may come out on the twin (0532).
        boolean[] offSlope = OffSlopeBridges.held(curves, calibration);
        curves = TracedCurve.notUsedWhere(curves, offSlope);
        // Last: two solid traces of one colour still used in a two-plan picture cannot both be right (decision 0422).
        boolean[] twoSolids = TwoSolidsOfOneHue.held(curves, calibration);
        curves = TracedCurve.notUsedWhere(curves, twoSolids);
        List<LegendSwatch> swatches = new LegendFinder(rgb, frame, region).swatches(curves, colours, seeds);
        curves = LegendFinder.numbered(curves, swatches);
        // Legend text is a bonus: past the budget it is skipped, never a reason to refuse the image.
        curves = new LegendTextReader(textReader, minLabelCertainty).label(rgb, curves, swatches, DvhImageDigitizer::cpuNanos, deadline);
        if (!swatches.isEmpty() && !textReader.available()) {
            warnings.add("legend text not read: " + textReader.unavailableReason());
        }
        if (inverted) {
            List<TracedCurve> shown = new ArrayList<>();
            for (TracedCurve c : curves) {
                shown.add(c.withColour(ImagePreparation.invert(c.rgb())));
            }
            curves = shown;
        }
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (c.tooSmallOnCcAxis(calibration) && !c.crossesTwin()) {
                warnings.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) spans only %.0f pixel rows on this cm³"
                        + " axis (one row is %.0f %% of its volume): its volumes cannot be read closely enough, so it is"
                        + " shown but not used", i + 1, c.describe(), c.rowsSpanned(calibration),
                        100 / Math.max(1, c.rowsSpanned(calibration))));
            } else if (!c.tracedWhole(calibration) && !c.crossesTwin()) {
                double[] v = c.volumePercent();
                double[] d = c.doseGy();
                warnings.add(v.length == 0 ? "curve #" + (i + 1) + " (" + c.describe() + ") has no points"
                        : String.format(java.util.Locale.ROOT, "curve #%d (%s) could only be followed from %.3g Gy"
                                + " at %.0f %% to %.3g Gy at %.0f %% (hidden or lost beyond): it is shown but not used",
                                i + 1, c.describe(), d[0], v[0], d[d.length - 1], v[v.length - 1]));
            }
        }
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (c.tailHidden() && c.tracedWhole(calibration)) {
                double[] dmax = c.dmaxInterval(calibration);
                double vanished = DigitizedCurves.vanishedAt(c, calibration);
                warnings.add(vanished > 0 && c.path().get(c.path().size() - 1).center() < calibration.row(0) - 4
                        ? String.format(java.util.Locale.ROOT, "curve #%d (%s) vanished at %.2g %% under other curves"
                        + " drawn over it, so it may run on underneath: its Dmax lies between %.3g and %.3g Gy; values"
                        + " there are compared with the table only as that range", i + 1, c.describe(), vanished,
                        dmax[0], dmax[1])
                        : String.format(java.util.Locale.ROOT, "curve #%d (%s): its end runs along the 0 %% line"
                        + " (under other curves or as a line on it), so its Dmax lies between %.3g and %.3g Gy; values there are compared"
                        + " with the table only as that range", i + 1, c.describe(), dmax[0], dmax[1]));
            }
        }
        warnings.addAll(sharedColours(curves));
        warnings.addAll(OneLineTracedTwice.warnings(curves, calibration));
        warnings.addAll(PaleShades.warnings(curves, shades));
        warnings.addAll(ThinlySeenFalls.warnings(curves, calibration));
        warnings.addAll(SheerJumps.warnings(curves, calibration));
        warnings.addAll(DashedTrackLost.warnings(curves, calibration));
        warnings.addAll(TwoDashedOfOneHue.warnings(curves, dashedTwice));
        warnings.addAll(LoneDashedTraces.warnings(curves, loneDashed));
        warnings.addAll(DashedOnALostSolid.warnings(curves, onLostSolid));
        warnings.addAll(OffSlopeBridges.warnings(curves, offSlope, calibration));
        warnings.addAll(TwoSolidsOfOneHue.warnings(curves, twoSolids));
        warnings.addAll(hiddenTwins(curves));
        LOG.debug("digitised {} curves, calibration {}", curves.size(), calibration.doseSource());
        return new DigitizeResult(rgb.width(), rgb.height(), frame, calibration, curves, warnings, skew);
    }

    /**
     * A table or a form: rows of text across the frame and no axis carrying tick numbers. Refused
     * before any curve is traced (decision 0271); a plot with readable tick labels is never refused here.
     */
    private static void refuseTextFilled(RgbImage rgb, PlotFrame frame, int background) throws NotADvhPlotException {
        TextFilledFrame.Measure text = TextFilledFrame.measure(rgb, frame, background);
        if (text.textFilled() && !new AutoCalibrator(rgb, frame).readsAnAxis()) {
            LOG.debug("text-filled frame {}: {}", frame, text);
            throw new NotADvhPlotException(String.format(java.util.Locale.ROOT, "the area inside the frame is rows of"
                    + " text (%d lines across it) and no axis carries tick numbers: this looks like a table or a form,"
                    + " not a DVH plot", text.wideLines()));
        }
    }

    /**
     * Whether two paths of one colour meet between the 97 % row and the frame's bottom (a shared
     * plateau does not count): they change sides, or come within 5 px of each other (the second trace keeps 2 px off the first). The second
     * trace lacks the pixels next to the first, so its gaps are bridged by straight lines first
     * (two traces that swapped curves at a crossing touch there without changing sides).
     */
    static boolean cross(List<PathColumn> a, List<PathColumn> b, double highRow, double lowRow) {
        java.util.Map<Integer, PathColumn> byX = new java.util.HashMap<>();
        for (PathColumn c : a) {
            byX.put(c.x(), c);
        }
        double top = Math.min(highRow, lowRow);
        double bottom = Math.max(highRow, lowRow);
        boolean above = false;
        boolean below = false;
        for (int k = 0; k < b.size(); k++) {
            PathColumn c = b.get(k);
            PathColumn next = k + 1 < b.size() ? b.get(k + 1) : c;
            for (int x = c.x(); x < next.x() || x == c.x(); x++) {
                double t = next.x() == c.x() ? 0 : (x - c.x()) / (double) (next.x() - c.x());
                double centre = c.center() + t * (next.center() - c.center());
                PathColumn o = byX.get(x);
                if (o == null || Math.min(o.center(), centre) < top || Math.max(o.center(), centre) > bottom) {
                    continue;
                }
                double d = o.center() - centre;
                if (Math.abs(d) <= 5) {
                    return true;
                }
                above |= d > 0;
                below |= d < 0;
            }
        }
        return above && below;
    }

    /**
     * Curves of one colour and style (a palette that repeats over many structures) were told apart by
     * their position only: where they cross, the picture cannot say which is which (decision 0183).
     */
    private static List<String> sharedColours(List<TracedCurve> curves) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                TracedCurve a = curves.get(i);
                TracedCurve b = curves.get(j);
                if (a.rgb() == b.rgb() && a.style() == b.style()) {
                    out.add(String.format(java.util.Locale.ROOT, "curves #%d and #%d are both %s: they were told apart"
                            + " by their position%s (the legend cannot name them apart)", i + 1, j + 1, a.describe(),
                            a.crossesTwin() && b.crossesTwin() ? "; where they meet either could be either, so they"
                                    + " are shown but not used: assign them from the picture"
                                    : "; each was followed whole and they never meet, or meet once at an angle their"
                                    + " slopes decide, so each is used"));
                }
            }
        }
        return out;
    }

    /**
     * On a combined image (some colours drawn both solid and dashed), a colour seen only solid may
     * have its dashed twin lying exactly on it (an organ both plans treat alike): the picture cannot
     * tell, so the nurse is told rather than the twin silently missing.
     */
    private static List<String> hiddenTwins(List<TracedCurve> curves) {
        List<String> out = new ArrayList<>();
        boolean combined = curves.stream().anyMatch(c -> c.style() == LineStyle.DASHED
                && curves.stream().anyMatch(o -> o.style() == LineStyle.SOLID && SeriesPath.sameHue(o.rgb(), c.rgb())));
        if (!combined) {
            return out;
        }
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (c.style() == LineStyle.SOLID && curves.stream().noneMatch(o -> o.style() == LineStyle.DASHED
                    && SeriesPath.sameHue(o.rgb(), c.rgb()))) {
                out.add("curve #" + (i + 1) + " (" + c.describe() + ") has no dashed twin: in this combined image its"
                        + " dashed curve may lie exactly on it (same DVH in both plans) or be absent");
            }
        }
        return out;
    }

    /** A plot frame with its background colour and how much of its inside is plain background. */
    private record Framed(PlotFrame frame, int background, double share) {
    }

    /**
     * The plot frame. Of the candidate rectangles from lines, the first whose inside is mostly plain
     * background and whose axes carry readable tick labels (a TPS window's panels have none), else
     * the first plain one, else the largest (refused later as not plain). Then the tick labels have
     * the last word (decision 0180): when a dose row and a volume column of labels are read and the
     * line frame does not sit between them and the data (a grid line, a card or panel around the
     * plot, no lines at all), the frame the labels show is used.
     */
    private static Framed frame(RgbImage rgb) throws NotADvhPlotException {
        List<PlotFrame> candidates = new FrameDetector().candidates(rgb);
        java.util.Optional<LabelAxes.Found> labelled = new LabelAxes(rgb).find();
        if (candidates.isEmpty() && labelled.isEmpty()) {
            throw new NotADvhPlotException(
                    "no plot axes were found (not a DVH chart, or the chart is too small or cropped)");
        }
        Framed chosen = byLines(rgb, candidates);
        if (labelled.isPresent() && (chosen == null || !LabelAxes.agrees(chosen.frame(), labelled.get()))) {
            Framed byLabels = framed(rgb, labelled.get().frame());
            if (byLabels.share() >= MIN_BACKGROUND_SHARE) {
                LOG.debug("frame from tick labels {} instead of lines {}", byLabels.frame(),
                        chosen == null ? null : chosen.frame());
                return byLabels;
            }
        }
        return chosen != null ? chosen : framed(rgb, labelled.get().frame());
    }

    private static Framed framed(RgbImage rgb, PlotFrame f) {
        Region inside = Region.around(f, -3, rgb);
        int background = CurveColours.background(rgb, inside);
        return new Framed(f, background, CurveColours.backgroundShare(rgb, inside, background));
    }

    private static Framed byLines(RgbImage rgb, List<PlotFrame> candidates) {
        Framed firstPlain = null;
        Framed largest = null;
        for (PlotFrame f : candidates) {
            Framed framed = framed(rgb, f);
            largest = largest == null ? framed : largest;
            if (framed.share() < MIN_BACKGROUND_SHARE) {
                continue;
            }
            if (candidates.size() == 1 || new AutoCalibrator(rgb, f).readsAnAxis()) {
                return framed;
            }
            firstPlain = firstPlain == null ? framed : firstPlain;
        }
        return firstPlain != null ? firstPlain : largest;
    }

    /**
     * The budget counts this thread's CPU time where the JVM measures it: on a busy machine wall time
     * would cut off images that are merely waiting for a core.
     */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void checkTime(long deadline) throws NotADvhPlotException {
        if (cpuNanos() > deadline) {
            throw new NotADvhPlotException("digitising took longer than allowed; open the image to digitise it");
        }
    }

    /** The same curves under another calibration (the nurse corrected the axes): no retracing needed. */
    public static DigitizeResult recalibrate(DigitizeResult result, Calibration calibration) {
        List<SeriesPath> series = new ArrayList<>();
        for (TracedCurve c : result.curves()) {
            series.add(new SeriesPath(c.rgb(), c.style(), c.path()));
        }
        List<TracedCurve> curves = SeriesPath.toCurves(series, calibration);
        List<TracedCurve> ordered = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve before = result.curves().get(i);
            ordered.add(curves.get(i).withLegendOrder(before.legendOrder()).withLegendLabel(before.legendLabel())
                    .withHiddenTailEnd(before.hiddenTailEndColumn()));
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.removeIf(w -> w.startsWith("dose axis") || w.startsWith("volume axis"));
        return new DigitizeResult(result.imageWidth(), result.imageHeight(), result.frame(), calibration, ordered,
                warnings, result.skewDegrees());
    }

    private static List<SeriesPath> traceSeries(RgbImage rgb, Region region, CurveColours colours, List<Integer> seeds,
                                                PlotFrame frame) throws NotADvhPlotException {
        int w = region.width();
        int h = region.height();
        int[] owner = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                owner[y * w + x] = colours.attribute(rgb.rgb(region.left() + x, region.top() + y), seeds);
            }
        }
        CurveTracer tracer = new CurveTracer((int) frame.width());
        SeriesSplitter splitter = new SeriesSplitter();
        // A target's curve may show little more than its steep fall (its plateau hidden under the
        // others), so a curve counts by columns plus the height it falls.
        double minLength = MIN_COVERAGE * (frame.width() + frame.height());
        List<SeriesPath> series = new ArrayList<>();
        int[][] pixelsOf = CurveColours.pixelsBySeed(owner, seeds.size());
        for (int s = 0; s < seeds.size(); s++) {
            boolean[] mask = CurveColours.mask(pixelsOf[s], w * h);
            if (RisingCurve.filled(pixelsOf[s], w, h, frame)) {
                throw new NotADvhPlotException("the coloured marks inside the axes are filled bars or areas, not"
                        + " curves (a bar chart?)");
            }
            if (RisingCurve.rises(mask, w, h, frame)) {
                throw new NotADvhPlotException("a curve rises and falls again: this looks like a differential DVH"
                        + " (a histogram of dose); only cumulative DVHs can be read, ask for the cumulative one");
            }
            SeriesSplitter.Split split = splitter.split(mask, w, h, (int) frame.width());
            List<PathColumn> solid = split.solid() == null ? List.of() : toImage(tracer.trace(split.solid(), w, h), region);
            List<PathColumn> dashed = split.dashed() == null ? List.of() : toImage(tracer.trace(split.dashed(), w, h), region);
            if (!solid.isEmpty() && !dashed.isEmpty() && SeriesPath.sameCurve(solid, dashed)) {
                // JPEG noise broke one solid line into bits: it is one series after all.
                solid = toImage(tracer.trace(mask, w, h), region);
                dashed = List.of();
            }
            if (tracedLength(solid) >= minLength) {
                series.add(new SeriesPath(seeds.get(s), LineStyle.SOLID, solid));
                // Two structures drawn in one colour (a palette that repeats): the curve left over
                // once the first is taken away is traced on its own (decision 0183).
                boolean[] rest = split.dashed() == null ? mask.clone() : split.solid().clone();
                List<PathColumn> taken = solid;
                for (int more = 0; more < 2; more++) {
                    List<PathColumn> next = leftover(rest, w, h, taken, region, tracer, minLength);
                    if (tracedLength(next) < minLength || continuousFall(next) < MIN_FALL * frame.height() / 2) {
                        break;
                    }
                    // No dashed series was split off this colour: what is left after its solid line may be its
                    // dashed twin, whose dashes joined the solid line where they cross (decision 0381).
                    boolean dashLike = split.dashed() == null && DashPattern.dashed(next, frame);
                    series.add(new SeriesPath(seeds.get(s), dashLike ? LineStyle.DASHED : LineStyle.SOLID, next));
                    taken = next;
                }
            }
            if (tracedLength(dashed) >= minLength) {
                series.add(new SeriesPath(seeds.get(s), LineStyle.DASHED, dashed));
            }
        }
        return SeriesPath.withoutDuplicates(series);
    }

    /**
     * How far a traced path falls where it is drawn continuously (columns at most 3 px apart), less
     * its line width: a DVH curve falls from its plateau towards 0 %, a swatch in a table row or a
     * button does not fall at all, however the tracer chains them (decision 0181).
     */
    static double continuousFall(List<PathColumn> path) {
        double total = 0;
        int i = 0;
        while (i < path.size()) {
            int top = path.get(i).top();
            int bottom = path.get(i).bottom();
            int thinnest = path.get(i).length();
            int j = i + 1;
            while (j < path.size() && path.get(j).x() - path.get(j - 1).x() <= 3) {
                top = Math.min(top, path.get(j).top());
                bottom = Math.max(bottom, path.get(j).bottom());
                thinnest = Math.min(thinnest, path.get(j).length());
                j++;
            }
            total += Math.max(0, bottom - top + 1 - thinnest);
            i = j;
        }
        return total;
    }

    /** Traces what remains of a colour's mask once the pixels of an already traced path (and its line width) are removed. */
    private static List<PathColumn> leftover(boolean[] mask, int w, int h, List<PathColumn> taken, Region region,
                                             CurveTracer tracer, double minLength) {
        int margin = 2;
        for (PathColumn c : taken) {
            int x = c.x() - region.left();
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx < 0 || xx >= w) {
                    continue;
                }
                for (int y = Math.max(0, c.top() - region.top() - margin); y <= Math.min(h - 1,
                        c.bottom() - region.top() + margin); y++) {
                    mask[y * w + xx] = false;
                }
            }
        }
        int left = 0;
        for (boolean b : mask) {
            left += b ? 1 : 0;
        }
        if (left < minLength) {
            return List.of(); // too few pixels left for another curve: spare the second trace
        }
        List<PathColumn> next = toImage(tracer.trace(mask, w, h), region);
        return SeriesPath.sameCurve(taken, next) ? List.of() : next;
    }

    private static double tracedLength(List<PathColumn> path) {
        if (path.isEmpty()) {
            return 0;
        }
        return path.size() + (path.get(path.size() - 1).bottom() - path.get(0).top());
    }

    private static List<PathColumn> toImage(List<PathColumn> local, Region region) {
        List<PathColumn> out = new ArrayList<>(local.size());
        for (PathColumn c : local) {
            out.add(new PathColumn(c.x() + region.left(), c.top() + region.top(), c.bottom() + region.top()));
        }
        return out;
    }
}
