package org.imrtreview.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrtreview.digitize.AxisRange;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DebugOverlay;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.digitize.PlotFrame;
import org.imrtreview.digitize.TracedCurve;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.ocr.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitize IMAGE [--x-range a:b --y-range c:d] [--prescription GY] [--names "PTV,Brainstem"] [--format json|text]
 * [--debug-out overlay.png] [--no-legend-text]}: traces the curves of a DVH image and reads their
 * legend text by OCR (decision 0085: legend text beside a curve's own swatch outranks names typed in
 * legend order; --no-legend-text leaves naming to --names). Exit 0 when curves were traced, 3 when
 * the image is not a DVH plot, 2 when it cannot be read, 1 on bad options. A PDF is read for its DVH
 * figures: {@code --page N [--figure K]} digitises one (the JSON gains {@code "source"}); without
 * {@code --page} every figure is listed (text) or digitised (a JSON array).
 */
@Command(name = "digitize", mixinStandardHelpOptions = true,
        description = "Trace the curves of a DVH image (PNG, JPEG, BMP, GIF, TIFF), or of the DVH figures in a PDF,"
                + " into dose-volume points.")
public final class DigitizeCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The DVH image, or a PDF holding DVH figures.")
    Path image;

    @Option(names = "--page", paramLabel = "N", description = "PDF only: the page (from 1) of the figure to digitise.")
    Integer page;

    @Option(names = "--figure", paramLabel = "K",
            description = "PDF only: the figure on that page (from 1, top to bottom, left to right; default 1).")
    Integer figure;

    @Option(names = "--x-range", paramLabel = "a:b", description = "Dose (Gy) at the frame's left and right edges.")
    String doseRange;

    @Option(names = "--y-range", paramLabel = "c:d", description = "Volume (%%) at the frame's bottom and top edges.")
    String volumeRange;

    @Option(names = "--frame", paramLabel = "x0,y0,x1,y1", description = "The plot frame in image pixels (left, top,"
            + " right, bottom; origin top-left), when the one found is wrong. --x-range/--y-range refer to its edges.")
    private String frame;

    @Option(names = "--prescription", paramLabel = "GY",
            description = "Prescription dose in Gy: reads a dose axis in %% of the prescription as Gy.")
    Double prescriptionGy;

    @Option(names = "--names", paramLabel = "LIST",
            description = "Curve names in legend order (top to bottom), comma-separated.")
    String names;

    @Option(names = "--plan", paramLabel = "3D|IMRT", description = "The plan the image shows, when it shows one.")
    String plan;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text", description = "Output format (default json).")
    Format format;

    @Option(names = "--debug-out", paramLabel = "PNG", description = "Write the image with the detected frame and traced curves drawn over it.")
    Path debugOut;

    @Option(names = "--no-legend-text", description = "Do not read the legend text by OCR (names then come only from --names).")
    boolean noLegendText;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DigitizeOptions options;
        PlanKind imagePlan;
        try {
            options = new DigitizeOptions(doseRange == null ? null : AxisRange.parse(doseRange),
                    volumeRange == null ? null : AxisRange.parse(volumeRange),
                    names == null ? List.of() : Arrays.stream(names.split(",")).map(String::trim).toList(), null,
                    prescriptionGy, frame == null ? null : PlotFrame.parse(frame));
            imagePlan = parsePlan(plan);
        } catch (IllegalArgumentException e) {
            CaseArgument.fail(err, e.getMessage());
            return 1;
        }
        if (PdfDigitizing.isPdf(image)) {
            return new PdfDigitizing(out, err, format == Format.json, debugOut).run(image, page, figure, options, imagePlan);
        }
        if (page != null || figure != null) {
            CaseArgument.fail(err, "--page and --figure apply to PDFs; " + image + " is not a PDF");
            return 1;
        }
        BufferedImage picture;
        try {
            picture = ImageFiles.read(image);
        } catch (IOException e) {
            CaseArgument.fail(err, "cannot read " + image + ": " + e.getMessage());
            return 2;
        }
        DigitizeResult result;
        try {
            result = (noLegendText ? new DvhImageDigitizer(TextReader.unavailable("turned off (--no-legend-text)"))
                    : new DvhImageDigitizer()).digitize(picture, options);
        } catch (NotADvhPlotException e) {
            err.println("not a DVH plot: " + image + ": " + e.getMessage());
            err.flush();
            return 3;
        }
        List<CurveAssignment> assignments = new CurveAssigner().assign(result.curves(), imagePlan, options.legendNames(), null);
        if (debugOut != null) {
            try {
                org.imrtreview.chart.OwnPictures.writePng(DebugOverlay.draw(picture, result), debugOut, "digitiser overlay");
            } catch (IOException e) {
                CaseArgument.fail(err, "cannot write " + debugOut + ": " + e.getMessage());
                return 2;
            }
        }
        if (format == Format.json) {
            out.println(json(result, assignments));
        } else {
            out.print(text(result, assignments));
        }
        out.flush();
        for (String w : result.warnings()) {
            err.println("warning: " + w);
        }
        err.flush();
        return 0;
    }

    static PlanKind parsePlan(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "3D", "3D-CRT", "3DCRT" -> PlanKind.THREE_D;
            case "IMRT", "VMAT" -> PlanKind.IMRT;
            case "BOTH" -> PlanKind.BOTH;
            default -> throw new IllegalArgumentException("--plan must be 3D, IMRT or BOTH, got '" + text + "'");
        };
    }

    private static DvhCurve model(TracedCurve t) {
        return new DvhCurve(t.describe(), null, null, Double.NaN, t.doseGy(), t.volumePercent(), true, null);
    }

    static String json(DigitizeResult result, List<CurveAssignment> assignments) {
        ObjectMapper mapper = JsonOutput.mapper();
        ObjectNode root = mapper.createObjectNode();
        fill(root, result, assignments);
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Frame, calibration, curves and warnings of one digitised image, into {@code root}. */
    static void fill(ObjectNode root, DigitizeResult result, List<CurveAssignment> assignments) {
        PlotFrame f = result.frame();
        ObjectNode frame = root.putObject("frame");
        frame.put("left", f.left()).put("top", f.top()).put("right", f.right()).put("bottom", f.bottom());
        frame.put("imageWidth", result.imageWidth()).put("imageHeight", result.imageHeight());
        // Frame and points are in the straightened picture when a tilted scan was rotated back.
        frame.put("skewDegrees", result.skewDegrees());
        Calibration c = result.calibration();
        ObjectNode cal = root.putObject("calibration");
        cal.putArray("x").add(round(c.doseAtLeft(), 3)).add(round(c.doseAtRight(), 3));
        cal.putArray("y").add(round(c.volumeAtBottom(), 3)).add(round(c.volumeAtTop(), 3));
        cal.put("xSource", c.doseSource().name()).put("ySource", c.volumeSource().name());
        cal.put("trustworthy", c.trustworthy()).put("note", c.note());
        ArrayNode curves = root.putArray("curves");
        for (int i = 0; i < result.curves().size(); i++) {
            TracedCurve t = result.curves().get(i);
            CurveAssignment a = assignments.get(i);
            ObjectNode n = curves.addObject();
            n.put("color", t.hexColour()).put("style", t.style().label());
            if (a.assigned()) {
                n.put("label", a.structure());
            } else {
                n.putNull("label");
            }
            n.put("labelConfidence", a.structureConfidence().name());
            n.put("basis", a.basis());
            if (t.legendLabel() == null) {
                n.putNull("legendText");
            } else {
                n.putObject("legendText").put("text", t.legendLabel().text())
                        .put("certainty", round(t.legendLabel().certainty(), 2)).put("source", t.legendLabel().source());
            }
            n.put("plan", a.plan() == null ? null : a.plan().label());
            n.put("planConfidence", a.planConfidence().name());
            n.put("legendOrder", t.legendOrder() < 0 ? null : t.legendOrder() + 1);
            ArrayNode points = n.putArray("points");
            double[] dose = t.doseGy();
            double[] volume = t.volumePercent();
            for (int k = 0; k < dose.length; k++) {
                points.addArray().add(round(dose[k], 3)).add(round(volume[k], 2));
            }
            ObjectNode metrics = n.putObject("metrics");
            DvhCurve m = model(t);
            metrics.put("Dmax[Gy]", round(DvhMetrics.max(m), 2));
            metrics.put("Mean[Gy]", round(DvhMetrics.mean(m), 2));
            metrics.put("D95%[Gy]", round(DvhMetrics.doseAtVolumePercent(m, 95), 2));
            // What the picture cannot tell (decision 0182): the whole curve seen, or a Dmax range.
            ObjectNode reliability = n.putObject("reliability");
            reliability.put("tracedWhole", t.tracedWhole(c));
            double[] dmax = t.dmaxInterval(c);
            reliability.putArray("Dmax[Gy]").add(round(dmax[0], 2)).add(round(dmax[1], 2));
            if (t.tailHidden()) {
                reliability.put("note", "tail along the 0 % line (hidden under other curves or thinner than a line)");
            }
            // Stretches the trace bridged without seeing the curve: values there are ranges (decision 0309).
            ArrayNode unseen = reliability.putArray("unseen[Gy]");
            for (double[] u : t.unseenStretches(c)) {
                unseen.addArray().add(round(u[0], 2)).add(round(u[1], 2));
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
    }

    static String text(DigitizeResult result, List<CurveAssignment> assignments) {
        StringBuilder sb = new StringBuilder();
        PlotFrame f = result.frame();
        Calibration c = result.calibration();
        sb.append(String.format(Locale.ROOT, "frame: x %.0f-%.0f, y %.0f-%.0f px (image %d x %d)%n", f.left(), f.right(),
                f.top(), f.bottom(), result.imageWidth(), result.imageHeight()));
        sb.append(String.format(Locale.ROOT, "dose axis: %.4g-%.4g Gy (%s); volume axis: %.4g-%.4g %% (%s)%n",
                c.doseAtLeft(), c.doseAtRight(), c.doseSource(), c.volumeAtBottom(), c.volumeAtTop(), c.volumeSource()));
        for (int i = 0; i < result.curves().size(); i++) {
            TracedCurve t = result.curves().get(i);
            CurveAssignment a = assignments.get(i);
            DvhCurve m = model(t);
            sb.append(String.format(Locale.ROOT, "curve %d: %s %s (%s)%s, %s: Dmax %.1f Gy, Mean %.1f Gy, %d points%n", i + 1,
                    t.hexColour(), t.style().label(), t.describe(),
                    t.legendOrder() >= 0 ? ", legend entry " + (t.legendOrder() + 1) : "",
                    a.assigned() ? a.structure() + " [" + a.structureConfidence() + ": " + a.basis() + "]" : "unassigned",
                    DvhMetrics.max(m), DvhMetrics.mean(m), t.size()));
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        for (String w : warnings) {
            sb.append("warning: ").append(w).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Double.isFinite(v) ? Math.round(v * scale) / scale : v;
    }
}
