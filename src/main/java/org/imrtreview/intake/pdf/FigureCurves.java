package org.imrtreview.intake.pdf;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.model.DvhCurve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digitises the colour DVH figures of a packet while it loads, with the rules of image files
 * (docs/digitize.md): at most {@value #TIME_BUDGET_SECONDS} s of CPU per figure, pictures up to 12
 * megapixels, curves {@code digitised} and planned from the figure's caption or page, organs only
 * from the legend text, and any failure only adds a sentence to the figure's note. A packet's first
 * {@value #MAX_FIGURES} figures are digitised; the rest wait for the window, so a huge packet stays
 * bounded in time. One figure's pixels are in memory at a time.
 */
final class FigureCurves {
    private static final Logger LOG = LoggerFactory.getLogger(FigureCurves.class);
    static final int TIME_BUDGET_SECONDS = 4;
    static final int MAX_FIGURES = 40;
    static final long MAX_PIXELS_WHILE_LOADING = FigureImages.MAX_RASTER_PIXELS;

    private final String fileName;
    private final int maxFigures;
    private final AtomicInteger remaining;

    FigureCurves(String fileName, int maxFigures) {
        this.fileName = fileName;
        this.maxFigures = maxFigures;
        this.remaining = new AtomicInteger(maxFigures);
    }

    String fileName() {
        return fileName;
    }

    DvhFigure digitise(PDDocument doc, PageContent page, List<TextLine> lines, DvhFigureFinder.Located located) {
        return digitise(located.figure(), options -> FigureReading.digitise(
                FigureReading.pixels(doc, page, lines, located, MAX_PIXELS_WHILE_LOADING), located, page, lines, options));
    }

    /** How one figure's pixels are found and digitised (a figure of a text PDF, or one cut from a scanned page). */
    interface Reading {
        DigitizeResult read(DigitizeOptions options) throws java.io.IOException, NotADvhPlotException;
    }

    /** A colour figure digitised with {@code reading}, within the packet's cap; any failure only adds to the note. */
    DvhFigure digitise(DvhFigure f, Reading reading) {
        if (!Boolean.TRUE.equals(f.colour())) {
            return f;
        }
        if (remaining.getAndDecrement() <= 0) {
            return f.withDigitised(List.of(), "not digitised while loading (more than " + maxFigures
                    + " DVH figures in this PDF); open it to digitise");
        }
        try {
            DigitizeResult result = reading.read(DigitizeOptions.automatic(Duration.ofSeconds(TIME_BUDGET_SECONDS)));
            List<CurveAssignment> assignments = new CurveAssigner().assign(result.curves(), f.plan(), List.of(), null);
            List<DvhCurve> curves = DigitizedCurves.toModel(result, assignments,
                    PdfFigures.sourceKey(fileName, f.page(), f.index()));
            if (curves.isEmpty()) {
                return f.withDigitised(List.of(), String.format(Locale.ROOT,
                        "%d curves traced but the axes could not be read; confirm the axis ranges to use them",
                        result.curves().size()));
            }
            long named = assignments.stream().filter(CurveAssignment::assigned).count();
            // drawings are named from the PDF's own text, pasted pictures by reading their legend (OCR)
            String where = f.vector() ? "the legend text in the PDF" : "the legend (read by OCR); check the names";
            String naming = named == 0 ? "assign them to organs"
                    : named == curves.size() ? "all named from " + where
                    : named + " named from " + where + "; assign the others to organs";
            return f.withDigitised(curves, String.format(Locale.ROOT, "%d curves digitised (%s); %s", curves.size(),
                    result.calibration().note(), naming));
        } catch (FigureImages.FigureImageException e) {
            return f.withDigitised(List.of(), "not digitised: " + e.getMessage());
        } catch (java.io.IOException e) {
            return f.withDigitised(List.of(), "not digitised: the figure could not be read");
        } catch (NotADvhPlotException e) {
            return f.withDigitised(List.of(), "not digitised: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.warn("digitising a PDF DVH figure failed: {}", e.getClass().getSimpleName());
            return f.withDigitised(List.of(), "not digitised (unexpected content)");
        }
    }
}
