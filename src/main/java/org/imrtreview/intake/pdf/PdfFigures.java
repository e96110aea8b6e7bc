package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.PlanKind;

/**
 * DVH figures inside PDFs for the window and the command line (docs/digitize.md, "PDF figures").
 *
 * <p>A figure is named by file, page (1-based) and its number on the page (1-based, reading order:
 * top to bottom, then left to right) — the same numbering the packet reader uses. Its digitised
 * curves carry the <em>source key</em> {@code "packet.pdf p.3 fig.1"} as {@code DvhCurve.sourceFile}
 * (the file part is the name relative to the case folder, as in {@code Document.file}).
 *
 * <p>A packet's {@link Document} of kind {@code DVH_IMAGE} has {@code pages} = the figure's page;
 * when a page holds several figures, each has its own document, in figure order:
 * {@link #figureOf(List, int)} gives a document's figure.
 */
public final class PdfFigures {
    private static final Pattern KEY = Pattern.compile("(.+) p\\.(\\d+) fig\\.(\\d+)");

    private PdfFigures() {
    }

    /** The page or figure asked for is not in the PDF (the message says what is there). */
    public static final class NoSuchFigureException extends IOException {
        NoSuchFigureException(String message) {
            super(message);
        }
    }

    /** A figure's address: file (as the case names it), 1-based page and 1-based figure on that page. */
    public record FigureKey(String file, int page, int figure) {
        public FigureKey {
            if (page < 1 || figure < 1) {
                throw new IllegalArgumentException("pages and figures are counted from 1");
            }
        }

        /** The source key, e.g. {@code "packet.pdf p.3 fig.1"}. */
        public String text() {
            return sourceKey(file, page, figure);
        }
    }

    /** A figure as found on its page (what the packet reader lists). */
    public record Figure(FigureKey key, PlanKind plan, Boolean colour, boolean vector, String caption) {
    }

    /** A figure digitised the way a case load does it: its pixels, the result (axes, curves, legend names) and plan. */
    public record DigitisedFigure(Figure figure, BufferedImage image, DigitizeResult result) {
    }

    public static String sourceKey(String file, int page, int figure) {
        return file + " p." + page + " fig." + figure;
    }

    /** The figure a curve's {@code sourceFile} names, or empty when it names a whole file (an image). */
    public static Optional<FigureKey> parseSourceKey(String sourceKey) {
        if (sourceKey == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(sourceKey);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FigureKey(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The figure shown by {@code documents.get(index)} when it is a DVH figure of a PDF (a
     * {@code DVH_IMAGE} document with a single page): figures of one page are numbered in the order
     * of their documents.
     */
    public static Optional<FigureKey> figureOf(List<Document> documents, int index) {
        Document d = documents.get(index);
        if (d.kind() != DocumentKind.DVH_IMAGE || d.pages() == null || !d.pages().matches("\\d+")) {
            return Optional.empty();
        }
        int figure = 1;
        for (int i = 0; i < index; i++) {
            Document o = documents.get(i);
            if (o.kind() == DocumentKind.DVH_IMAGE && d.file().equals(o.file()) && d.pages().equals(o.pages())) {
                figure++;
            }
        }
        return Optional.of(new FigureKey(d.file(), Integer.parseInt(d.pages()), figure));
    }

    /** Every DVH figure of a PDF, page by page; {@code name} is the file's name as the case shows it. */
    public static List<Figure> list(Path pdf, String name) throws IOException, PdfReadException {
        List<Figure> out = new ArrayList<>();
        try (PDDocument doc = PdfOpener.open(pdf)) {
            int pages = Math.min(doc.getNumberOfPages(), PdfPacketReader.MAX_PAGES);
            for (int i = 0; i < pages; i++) {
                PageFigures p = PageFigures.read(doc, i);
                for (DvhFigureFinder.Located l : p.figures()) {
                    out.add(describe(name, l.figure()));
                }
                if (p.figures().isEmpty()) {
                    ScannedFigure scanned = ScannedFigure.read(doc, pdf, i);
                    if (scanned != null) {
                        out.add(describe(name, scanned.figure()));
                    }
                }
            }
        }
        return out;
    }

    /** The figure's pixels exactly as they are digitised (upright picture pixels, or the drawing's region rendered). */
    public static BufferedImage image(Path pdf, int page, int figure) throws IOException, PdfReadException {
        try (PDDocument doc = PdfOpener.open(pdf)) {
            PageFigures p = pageOf(doc, page);
            ScannedFigure scanned = p.figures().isEmpty() ? ScannedFigure.read(doc, pdf, page - 1) : null;
            if (scanned != null && figure == 1) {
                return scanned.cut().image();
            }
            return FigureReading.pixels(doc, p.content(), p.lines(), p.figure(page, figure), FigureImages.MAX_OPENED_PIXELS).image();
        }
    }

    /**
     * The DVH figure cut from a scanned page (1-based), as the case load cut it (decision 0324), or
     * empty when the page has a text layer or OCR does not read it as a DVH figure. Slow when the
     * page's reading is not cached beside the case: call off the FX thread.
     */
    public static Optional<BufferedImage> scannedFigure(Path pdf, int page) throws IOException, PdfReadException {
        try (PDDocument doc = PdfOpener.open(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                return Optional.empty();
            }
            ScannedFigure scanned = ScannedFigure.read(doc, pdf, page - 1);
            return scanned == null ? Optional.empty() : Optional.of(scanned.cut().image());
        }
    }

    /**
     * Digitises one figure as a case load does (PDF text calibration and legend names for drawings),
     * with the nurse's or the command line's options (axis ranges, names).
     */
    public static DigitisedFigure digitize(Path pdf, String name, int page, int figure, DigitizeOptions options)
            throws IOException, PdfReadException, NotADvhPlotException {
        try (PDDocument doc = PdfOpener.open(pdf)) {
            PageFigures p = pageOf(doc, page);
            ScannedFigure scanned = p.figures().isEmpty() ? ScannedFigure.read(doc, pdf, page - 1) : null;
            if (scanned != null && figure == 1) {
                // a DVH figure on a scanned page: cut and digitised as the case load does (decision 0324)
                DigitizeResult result = FigureReading.digitiseScan(scanned.cut(), scanned.lines(), options);
                return new DigitisedFigure(describe(name, scanned.figure()), scanned.cut().image(), result);
            }
            DvhFigureFinder.Located located = p.figure(page, figure);
            FigureRaster raster = FigureReading.pixels(doc, p.content(), p.lines(), located, FigureImages.MAX_OPENED_PIXELS);
            DigitizeResult result = FigureReading.digitise(raster, located, p.content(), p.lines(), options);
            return new DigitisedFigure(describe(name, located.figure()), raster.image(), result);
        }
    }

    private static PageFigures pageOf(PDDocument doc, int page) throws IOException {
        if (page < 1 || page > doc.getNumberOfPages()) {
            throw new NoSuchFigureException("there is no page " + page + " (the PDF has " + doc.getNumberOfPages() + ")");
        }
        return PageFigures.read(doc, page - 1);
    }

    private static Figure describe(String name, DvhFigure f) {
        return new Figure(new FigureKey(name, f.page(), f.index()), f.plan(), f.colour(), f.vector(), f.caption());
    }

    /** One page's content, text lines and located figures, while the document is open. */
    private record PageFigures(PageContent content, List<TextLine> lines, List<DvhFigureFinder.Located> figures) {

        static PageFigures read(PDDocument doc, int pageIndex) throws IOException {
            PageContent content = new PageContentCollector(doc.getPage(pageIndex)).collect(pageIndex);
            List<TextLine> lines = TextLayout.lines(content.glyphs());
            StringBuilder text = new StringBuilder();
            lines.forEach(l -> text.append(l.text()).append('\n'));
            return new PageFigures(content, lines, DvhFigureFinder.locate(doc, content, lines, text.toString()));
        }

        DvhFigureFinder.Located figure(int page, int figure) throws IOException {
            if (figures.isEmpty()) {
                throw new NoSuchFigureException("no DVH figure was found on page " + page);
            }
            if (figure < 1 || figure > figures.size()) {
 throw new NoSuchFigureException("page " + page + " has " + figures.size() + " DVH figure" + (figures.size() == 1 ? "" : "s")
                        + "; there is no figure " + figure);
            }
            return figures.get(figure - 1);
        }
    }

    /**
     * A DVH figure page that was scanned (no text layer): read by OCR (from the case's cache when it was
     * read while loading) and cut from the page picture as the case load cuts it.
     */
    private record ScannedFigure(DvhFigure figure, ScanFigures.Cut cut, List<TextLine> lines) {

        /** Null when the page is not a scanned DVH figure page, or scans are not read. */
        static ScannedFigure read(PDDocument doc, Path pdf, int pageIndex) throws IOException {
            PageContent content = new PageContentCollector(doc.getPage(pageIndex)).collect(pageIndex);
            if (content.visibleCharacters() >= PageReader.MIN_TEXT_CHARACTERS || content.images().isEmpty()
                    || !PageReader.read(doc, pageIndex).scanned()) {
                return null; // a text page (its figures are found in its content), or no scan
            }
            Path folder = pdf.toAbsolutePath().getParent();
            ScanReading reading = ScanReading.standard(folder, false);
            if (!reading.enabled()) {
                return null;
            }
            BufferedImage picture = ScanReading.renderPage(doc, pageIndex);
            org.imrtreview.ocr.OcrPage ocr = reading.read(pdf, pageIndex, new ScanReading.ImageSource() {
                @Override
                public BufferedImage image() {
                    return picture;
                }

                @Override
                public ScanReading.Dpi dpi() {
                    return new ScanReading.Dpi(ScanReading.RENDER_DPI, ScanReading.RENDER_DPI);
                }
            });
            List<DvhFigure> figures = ScanReading.analyse(ocr, pageIndex).figures();
            if (figures.isEmpty()) {
                return null;
            }
            return new ScannedFigure(figures.get(0), ScanFigures.figure(picture, ScanReading.RENDER_DPI, ocr),
                    ScanFigures.lines(ocr, pageIndex));
        }
    }
}
