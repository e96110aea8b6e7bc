package org.imrtreview.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DebugOverlay;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.intake.ContentType;
import org.imrtreview.intake.pdf.PdfFigures;
import org.imrtreview.intake.pdf.PdfReadException;
import org.imrtreview.model.PlanKind;

/**
 * The {@code digitize} command on a PDF: {@code --page N [--figure K]} digitises one figure (the
 * image JSON plus {@code "source"}); without {@code --page}, text output lists the figures found
 * (page, number, plan, colour, caption) and JSON output digitises every figure into an array
 * (a figure that could not be digitised has an {@code "error"} instead of curves). Exit 0 when
 * curves were traced, 3 when none were, 2 when the PDF cannot be read, 1 on bad options.
 */
final class PdfDigitizing {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final Path debugOut;

    PdfDigitizing(PrintWriter out, PrintWriter err, boolean json, Path debugOut) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.debugOut = debugOut;
    }

    static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ContentType.sniff(in.readNBytes(1024)) == ContentType.PDF;
        } catch (IOException e) {
            return false;
        }
    }

    int run(Path pdf, Integer page, Integer figure, DigitizeOptions options, PlanKind plan) {
        if (figure != null && page == null) {
            CaseArgument.fail(err, "--figure needs --page (the page the figure is on)");
            return 1;
        }
        if (options.frame() != null && page == null) {
            // a frame is in one figure's pixels (as --debug-out draws them), not the same for every figure
            CaseArgument.fail(err, "--frame needs --page (and --figure when the page has several): the frame is in"
                    + " that figure's pixels");
            return 1;
        }
        String name = pdf.getFileName().toString();
        try {
            if (page != null) {
                return one(pdf, name, page, figure == null ? 1 : figure, options, plan);
            }
            List<PdfFigures.Figure> figures = PdfFigures.list(pdf, name);
            if (figures.isEmpty()) {
                err.println("no DVH figure found in " + pdf);
                err.flush();
                return 3;
            }
            return json ? all(pdf, name, figures, options, plan) : list(figures);
        } catch (PdfFigures.NoSuchFigureException e) {
            err.println("no such figure: " + pdf + ": " + e.getMessage());
            err.flush();
            return 3;
        } catch (PdfReadException e) {
            CaseArgument.fail(err, "cannot read " + pdf + ": " + pdf.getFileName() + " " + e.getMessage());
            return 2;
        } catch (IOException e) {
            CaseArgument.fail(err, "cannot read " + pdf + ": " + e.getMessage());
            return 2;
        }
    }

    private int one(Path pdf, String name, int page, int figure, DigitizeOptions options, PlanKind plan)
            throws IOException, PdfReadException {
        PdfFigures.DigitisedFigure d;
        try {
            d = PdfFigures.digitize(pdf, name, page, figure, options);
        } catch (NotADvhPlotException e) {
            err.println("not a DVH plot: " + PdfFigures.sourceKey(name, page, figure) + ": " + e.getMessage());
            err.flush();
            return 3;
        }
        List<CurveAssignment> assignments = assign(d, options, plan);
        if (debugOut != null) {
            org.imrtreview.chart.OwnPictures.writePng(DebugOverlay.draw(d.image(), d.result()), debugOut, "digitiser overlay");
        }
        if (json) {
            ObjectMapper mapper = JsonOutput.mapper();
            ObjectNode root = mapper.createObjectNode();
            source(root, d.figure());
            DigitizeCommand.fill(root, d.result(), assignments);
            out.println(mapper.writeValueAsString(root));
        } else {
            out.print(describe(d.figure()) + System.lineSeparator());
            out.print(DigitizeCommand.text(d.result(), assignments));
        }
        out.flush();
        d.result().warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        return 0;
    }

    private int all(Path pdf, String name, List<PdfFigures.Figure> figures, DigitizeOptions options, PlanKind plan)
            throws IOException, PdfReadException {
        ObjectMapper mapper = JsonOutput.mapper();
        ArrayNode array = mapper.createArrayNode();
        int traced = 0;
        for (PdfFigures.Figure f : figures) {
            ObjectNode node = array.addObject();
            source(node, f);
            if (!Boolean.TRUE.equals(f.colour())) {
                node.put("error", f.colour() == null ? "the figure's colours could not be checked"
                        : "grayscale figure: the policy requires colour DVHs");
                continue;
            }
            try {
                PdfFigures.DigitisedFigure d = PdfFigures.digitize(pdf, name, f.key().page(), f.key().figure(), options);
                DigitizeCommand.fill(node, d.result(), assign(d, options, plan));
                if (debugOut != null) {
                    org.imrtreview.chart.OwnPictures.writePng(DebugOverlay.draw(d.image(), d.result()), numbered(debugOut, f.key()), "digitiser overlay");
                }
                traced++;
            } catch (NotADvhPlotException e) {
                node.put("error", "not a DVH plot: " + e.getMessage());
            }
        }
        out.println(mapper.writeValueAsString(array));
        out.flush();
        return traced > 0 ? 0 : 3;
    }

    private int list(List<PdfFigures.Figure> figures) {
        for (PdfFigures.Figure f : figures) {
            out.println(describe(f));
        }
        out.println("digitise one with: --page N [--figure K]");
        out.flush();
        return 0;
    }

    private static List<CurveAssignment> assign(PdfFigures.DigitisedFigure d, DigitizeOptions options, PlanKind plan) {
        return new CurveAssigner().assign(d.result().curves(), plan != null ? plan : d.figure().plan(), options.legendNames(),
                null);
    }

    private static void source(ObjectNode node, PdfFigures.Figure f) {
        ObjectNode s = node.putObject("source");
        s.put("file", f.key().file()).put("page", f.key().page()).put("figure", f.key().figure());
        s.put("vector", f.vector());
        s.put("plan", f.plan() == null ? null : f.plan().label());
        s.put("caption", f.caption());
    }

    static String describe(PdfFigures.Figure f) {
        return String.format(Locale.ROOT, "page %d figure %d: %s, %s, %s%s", f.key().page(), f.key().figure(),
                f.vector() ? "vector drawing" : "picture",
                f.plan() == null ? "plan not named" : f.plan() == PlanKind.BOTH ? "3D and IMRT plans" : f.plan().label() + " plan",
                f.colour() == null ? "colour not checked" : f.colour() ? "colour" : "grayscale",
                f.caption() == null ? "" : " — \"" + f.caption() + "\"");
    }

    /** {@code overlay.png} → {@code overlay-p3-f1.png} when several figures are drawn. */
    static Path numbered(Path file, PdfFigures.FigureKey key) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = dot > 0 ? n.substring(0, dot) : n;
        String ext = dot > 0 ? n.substring(dot) : ".png";
        return file.resolveSibling(stem + "-p" + key.page() + "-f" + key.figure() + ext);
    }
}
