package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.intake.PlanDetector;
import org.imrtreview.intake.TextClassifier;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.PageOcr;

/**
 * Reading pages that have no text layer (scanned or faxed pages of a PDF, and page images sent as
 * picture files) by OCR, with the results cached beside the case. The page's words go through the
 * same table finders, the same text classifier and the same table locator as a text PDF.
 * Off with {@code -Dimrt.scanOcr=false} (then scanned pages are listed for reading by eye, as before).
 */
public final class ScanReading {
    /** Pages of a PDF without a text layer are rendered at this resolution for OCR. */
    static final float RENDER_DPI = 250f;

    /** Raise when the clean-up or the reading changes, so old results are not reused (decisions 0153, 0230). */
    static final String OCR_VERSION = "ocr22";

    private final PageOcr ocr;
    private final ResultCache cache;
    private String hash;
    private Path hashed;

    ScanReading(PageOcr ocr, ResultCache cache) {
        this.ocr = ocr;
        this.cache = cache;
    }

    /** The program's reader, caching in {@code caseFolder}'s review folder (null: no cache). */
    public static ScanReading standard(Path caseFolder) {
        return cached(ResultCache.forCase(caseFolder, org.imrtreview.intake.CaseLoader.STATE_FOLDER,
                ResultCache.Mode.READ_WRITE));
    }

    /** {@code writeCache} false: results already cached are used, new ones are not kept (read-only snapshot). */
    public static ScanReading standard(Path caseFolder, boolean writeCache) {
        return cached(ResultCache.forCase(caseFolder, org.imrtreview.intake.CaseLoader.STATE_FOLDER,
                writeCache ? ResultCache.Mode.READ_WRITE : ResultCache.Mode.READ_ONLY));
    }

    /** The program's reader with the case's result cache. */
    public static ScanReading cached(ResultCache cache) {
        return new ScanReading(PageOcr.shared(), cache);
    }

    public boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("imrt.scanOcr")) && ocr.available();
    }

    public String unavailableReason() {
        return "false".equalsIgnoreCase(System.getProperty("imrt.scanOcr")) ? "reading scans is switched off"
                : ocr.unavailableReason();
    }

    /** OCR of one page image (cached by the file's hash and the page index). */
    public OcrPage read(Path file, int pageIndex, ImageSource image) throws IOException {
        ResultCache.Key key = new ResultCache.Key("ocr", hash(file), OCR_VERSION,
                "page=" + (pageIndex + 1) + ";minDpi=" + System.getProperty("imrt.ocr.minDpi", "default"));
        var cached = cache.get(key, OcrPage.class);
        if (cached.isPresent()) {
            return cached.get();
        }
        Dpi d = image.dpi();
        // the picture becomes 8-bit grey at once and is let go before the reading (decision 0332)
        OcrPage page = ocr.read(PageOcr.Picture.of(image.image()), d.x(), d.y());
        cache.put(key, page);
        return page;
    }

    private synchronized String hash(Path file) {
        if (!file.equals(hashed)) {
            hash = ResultCache.sha256(file);
            hashed = file;
        }
        return hash;
    }

    /** A page picture and its resolution, produced only when the cache does not hold the page. */
    public interface ImageSource {
        /** The picture, asked for once; the source should not keep it (it is let go once made grey). */
        BufferedImage image() throws IOException;

        Dpi dpi();
    }

    public record Dpi(double x, double y) { }

    /** Fewer words than this on a page is no readable text (a photo, handwriting, a blank fax). */
    public static final int MIN_WORDS = 5;

    /** The analysis of a PDF page without a text layer, from its OCR reading; null when OCR found almost no text. */
    PageAnalysis readPdfPage(PDDocument doc, int pageIndex, Path file) throws IOException {
        return readPdfPage(doc, pageIndex, file, null);
    }

    /**
     * As {@link #readPdfPage(PDDocument, int, Path)}; with {@code digitising}, a colour DVH figure page
     * is also digitised from the scan (decision 0324), its result cached like the OCR.
     */
    PageAnalysis readPdfPage(PDDocument doc, int pageIndex, Path file, FigureCurves digitising) throws IOException {
        PageImages.checkSizes(doc.getPage(pageIndex));
        OcrPage page = read(file, pageIndex, new ImageSource() {
            @Override
            public BufferedImage image() throws IOException {
                // colour kept: a colour scan of a colour DVH counts as colour, a grey or 1-bit fax does not
                return renderPage(doc, pageIndex);
            }

            @Override
            public Dpi dpi() {
                return new Dpi(RENDER_DPI, RENDER_DPI);
            }
        });
        long characters = page.words().stream().mapToLong(w -> w.text().length()).sum();
        if (page.words().size() < MIN_WORDS || characters < PageReader.MIN_TEXT_CHARACTERS) {
            return null;
        }
        PageAnalysis analysis = analyse(page, pageIndex);
        if (digitising == null || analysis.figures().isEmpty()) {
            return analysis;
        }
        DvhFigure figure = digitisedFigure(doc, pageIndex, file, page, analysis.figures().get(0), digitising);
        return new PageAnalysis(analysis.pageNumber(), analysis.tables(), List.of(figure), analysis.textKind(),
                analysis.scanned(), analysis.blank(), analysis.tableWords(), analysis.partial(), analysis.identities(),
                analysis.flow());
    }

    static BufferedImage renderPage(PDDocument doc, int pageIndex) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(pageIndex, RENDER_DPI, ImageType.RGB);
    }

    /** Raise when digitising scanned figures changes in a way that makes older results wrong (decision 0230). */
    static final String SCAN_FIGURE_VERSION = "scanfig2";

    /** A scanned figure's curves and note as cached. */
    record DigitisedScan(List<org.imrtreview.model.DvhCurve> curves, String note) {
    }

    private DvhFigure digitisedFigure(PDDocument doc, int pageIndex, Path file, OcrPage page, DvhFigure found,
                                      FigureCurves digitising) {
        if (!Boolean.TRUE.equals(found.colour())) {
            return found;
        }
        ResultCache.Key key = new ResultCache.Key("digitised-scan", hash(file), SCAN_FIGURE_VERSION + "/" + OCR_VERSION,
                "page=" + (pageIndex + 1) + ";name=" + digitising.fileName() + ";plan=" + found.plan()
                        + ";legendOcr=" + System.getProperty(org.imrtreview.digitize.DvhImageDigitizer.LEGEND_OCR_PROPERTY, "default"));
        var cached = cache.get(key, DigitisedScan.class);
        if (cached.isPresent()) {
            return found.withDigitised(cached.get().curves(), cached.get().note());
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        DvhFigure digitised = digitising.digitise(found, options -> {
            // rendered again: the page OCR read was let go before the reading (decision 0332)
            BufferedImage picture = renderPage(doc, pageIndex);
            ScanFigures.Cut cut = ScanFigures.figure(picture, RENDER_DPI, page);
            return FigureReading.digitiseScan(cut, ScanFigures.lines(page, pageIndex), options);
        });
        long cpu = (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - cpu0;
        String note = digitised.digitiseNote();
        boolean kept = note != null && !note.startsWith("not digitised (unexpected") && !note.startsWith("not digitised while")
                && !note.equals("not digitised: the figure could not be read");
        if (kept && cpu < FigureCurves.TIME_BUDGET_SECONDS * 1_000_000_000L / 2) {
            cache.put(key, new DigitisedScan(digitised.curves(), note));
        }
        return digitised;
    }

    /** What OCR made of a picture file that is a page: its kind by its text, and the summary table on it. */
    public record ImagePage(DocumentKind kind, SummaryTable table, List<String> notes, double meanConfidence, int words,
                            String tableTitle) {
    }

    /**
     * Reads a picture file that shows a page (a scan or fax saved as TIFF, PNG or JPEG). Without
     * resolution metadata the picture is taken as a US Letter page, which also recovers a fax's
     * non-square pixels (1728 x 1100 is 204 x 98 dpi).
     */
    public ImagePage readImage(Path file, String name) throws IOException {
        OcrPage page = read(file, 0, new ImageSource() {
            private BufferedImage img;

            private BufferedImage decoded() throws IOException {
                if (img == null) {
                    img = javax.imageio.ImageIO.read(file.toFile());
                    if (img == null) {
                        throw new IOException("not a picture Java can decode");
                    }
                }
                return img;
            }

            @Override
            public BufferedImage image() throws IOException {
                BufferedImage i = decoded();
                img = null; // handed over: not kept while the page is read
                return i;
            }

            @Override
            public Dpi dpi() {
                try {
                    return pictureDpi(decoded());
                } catch (IOException e) {
                    return new Dpi(200, 200);
                }
            }
        });
        PageAnalysis analysis = analyse(page, 0);
        OcrConfidence confidence = new OcrConfidence();
        List<org.imrtreview.intake.table.Grid> grids = new java.util.ArrayList<>();
        // a header the finder read apart from its rows is joined back to them (decision 0481)
        java.util.Map<Integer, PageFlow> flows = analysis.flow() == null ? java.util.Map.of()
                : java.util.Map.of(analysis.pageNumber(), analysis.flow());
        for (ExtractedTable t : TableStitcher.stitch(analysis.tables().stream().map(t -> confidence.strip(t, name)).toList(),
                flows).tables()) {
            if (org.imrtreview.intake.table.TableLocator.locate(t.rows()).isPresent()) {
                // with the title read above it (decision 0640)
                grids.add(new org.imrtreview.intake.table.Grid("picture", t.rows(), org.imrtreview.intake.table.Grid.Addressing.ROW,
                        analysis.flow() == null ? "" : analysis.flow().titleAbove(t.top())));
            }
        }
        SummaryTable table = null;
        List<String> notes = new java.util.ArrayList<>();
        String title = "";
        if (!grids.isEmpty()) {
            org.imrtreview.intake.table.TableExtraction x = org.imrtreview.intake.table.TableExtractor.extract(name, grids);
            table = confidence.attach(x.table());
            notes.addAll(x.notes());
            title = x.title();
        }
        return new ImagePage(analysis.textKind(), table, notes, page.meanConfidence(), page.words().size(), title);
    }

    /**
     * The resolution of a picture file that is a page, taken as a US Letter page (which also recovers
     * a fax's non-square pixels: 1728 x 1100 is 204 x 98 dpi).
     */
    static Dpi pictureDpi(BufferedImage i) {
        boolean landscape = i.getWidth() > i.getHeight() * 1.2 && i.getWidth() > 1.6 * i.getHeight() * 0.6;
        double x = i.getWidth() / (landscape ? 11.0 : 8.5);
        double y = i.getHeight() / (landscape ? 8.5 : 11.0);
        // square pixels unless the page is clearly squashed (fax standard resolution)
        return y < 0.7 * x ? new Dpi(x, y) : new Dpi(Math.max(x, y), Math.max(x, y));
    }

    /** Tables (confidence markers still in the cells), text kind and table words of an OCR-read page. */
    static PageAnalysis analyse(OcrPage page, int pageIndex) {
        String text = page.text();
        if (page.words().isEmpty()) {
            return new PageAnalysis(pageIndex + 1, List.of(), List.of(), DocumentKind.OTHER, true, false, false, false, List.of());
        }
        PageContent content = ScannedPageContent.of(page, pageIndex);
        List<ExtractedTable> tables = PageTableExtractor.tables(content, true).stream()
                .map(t -> "false".equalsIgnoreCase(System.getProperty("imrt.ocr.joinWrapped")) ? t : WrappedCellLines.join(t))
                .toList();
        TextClassifier.Classification c = TextClassifier.classify("", text);
        List<DvhFigure> figures = List.of();
        if (c.kind() == DocumentKind.DVH_IMAGE && !tables.isEmpty() && !holdsSummaryTable(tables)) {
            // a figure's tick labels and legend line up as "columns": no summary table, so no table (decision 0324)
            tables = List.of();
        }
        if (c.kind() == DocumentKind.DVH_IMAGE && tables.isEmpty()) {
            // a DVH figure page sent as a scan or fax: its plan from the caption, its colour from the pixels
            // (decision 0324) the caption line that names a plan, else the first that names the figure; failing
            // that the page's text, as for the one figure of a text PDF's page
            String caption = captionLine(text);
            PlanKind plan = PlanDetector.detect(caption);
            String from = "caption read by OCR";
            if (plan == null) {
                plan = PlanDetector.detect(text);
                from = "page text read by OCR";
            }
            figures = List.of(new DvhFigure(pageIndex + 1, 1, plan, page.colour(), false, from, caption, List.of(),
                    page.colour() ? null : "not digitised: on a grey or 1-bit scan its curves cannot be told apart by colour"
                            + " — compare them by eye"));
        }
        // the lines outside the tables, for rows of a table continued from the page before (decision 0480)
        PageFlow flow = PageFlow.of(pageIndex + 1, content.height(),
                TextLayout.lines(PageFlow.outside(content.glyphs(), tables)), tables).asScanned();
        // identity lines on a scanned page (a cover sheet's "Patient:", a note's "MRN") are checked like text pages
        return new PageAnalysis(pageIndex + 1, tables, figures, c.kind(), false, false,
                c.kind() == DocumentKind.SUMMARY_TABLE, false,
                org.imrtreview.intake.IdentityLines.find(null, "page " + (pageIndex + 1) + " (read by OCR)", text), flow);
    }

    private static boolean holdsSummaryTable(List<ExtractedTable> tables) {
        OcrConfidence markers = new OcrConfidence();
        return tables.stream().anyMatch(t -> org.imrtreview.intake.table.TableLocator.locate(markers.strip(t, "page").rows())
                .isPresent());
    }

    /** The line naming the figure ("Figure 1. Cumulative DVH, 3D-CRT plan"), else the whole text's first line. */
    private static String captionLine(String text) {
        String first = null;
        for (String line : text.split("\\n")) {
            if (line.matches("(?i).*\\b(figure|fig\\.|dvh|dose[- ]volume)\\b.*")) {
                if (PlanDetector.detect(line) != null) {
                    return line.strip();
                }
                first = first == null ? line.strip() : first;
            }
        }
        if (first != null) {
            return first;
        }
        return text.lines().findFirst().orElse("").strip();
    }
}
