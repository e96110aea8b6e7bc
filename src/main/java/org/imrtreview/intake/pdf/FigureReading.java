package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.digitize.TracedCurve;

/**
 * Digitises one located figure while its page is open: the same path for case loading, the window
 * ({@link PdfFigures}) and the command line. The picture goes through the image digitiser; a vector
 * figure then has its axes read again from the PDF text (exact numbers at exact positions) and its
 * curves named from the legend text.
 */
final class FigureReading {

    private FigureReading() {
    }

    static FigureRaster pixels(PDDocument doc, PageContent page, List<TextLine> lines, DvhFigureFinder.Located figure,
                               long maxRasterPixels) throws IOException {
        if (figure.image() != null) {
            return FigureImages.raster(figure.image(), maxRasterPixels);
        }
        FigureRaster rendered = figure.rendered() != null ? figure.rendered()
                : FigureImages.render(doc, page.pageIndex(), figure.region());
        PlotAxes.redraw(rendered, page.rulings(), lines, figure.region());
        return rendered;
    }

    static DigitizeResult digitise(FigureRaster raster, DvhFigureFinder.Located figure, PageContent page,
                                   List<TextLine> lines, DigitizeOptions options) throws NotADvhPlotException {
        DigitizeResult result = new DvhImageDigitizer().digitize(raster.image(), options);
        if (!figure.figure().vector()) {
            return result;
        }
        Calibration fromText = FigureTextCalibration.calibrate(result.calibration(), raster, lines).orElse(null);
        if (fromText != null) {
            result = DvhImageDigitizer.recalibrate(result, fromText);
        }
        List<TracedCurve> named = FigureLegendText.label(result.curves(),
                FigureLegendText.entries(page.marks(), lines, figure.region()));
        return new DigitizeResult(result.imageWidth(), result.imageHeight(), result.frame(), result.calibration(), named,
                result.warnings());
    }

    /**
     * A figure cut from a scanned page (decision 0324): the image digitiser reads the pixels, tick
     * labels included; when it cannot trust an axis from them, the numbers OCR read on the page beside
     * the frame calibrate it as a text PDF's labels do (at least three agreeing, so a misread number
     * is outvoted, never used).
     */
    static DigitizeResult digitiseScan(ScanFigures.Cut cut, List<TextLine> pageLines, DigitizeOptions options)
            throws NotADvhPlotException {
        if (ScanFigures.plotFrames(cut.image(), cut.dpi()) >= 2) {
            // two plots side by side, cut as one block: never curves of two plots mixed (decision 0527)
            throw new NotADvhPlotException("two DVH plots stand side by side on this scanned page and were not cut "
                    + "apart — compare their curves by eye");
        }
        DigitizeResult result = new DvhImageDigitizer().digitize(cut.image(), options);
        if (!result.calibration().trustworthy() && !pageLines.isEmpty()) {
            Calibration fromText = FigureTextCalibration.calibrate(result.calibration(), cut.raster(), pageLines).orElse(null);
            result = fromText == null ? result : DvhImageDigitizer.recalibrate(result, fromText);
        }
        return ScanTails.widen(result);
    }
}
