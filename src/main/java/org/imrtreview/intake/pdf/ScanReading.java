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
    static final String OCR_VERSION = "ocr15";

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
        PageImages.checkSizes(doc.getPage(pageIndex));
        OcrPage page = read(file, pageIndex, new ImageSource() {
            @Override
            public BufferedImage image() throws IOException {
                // colour kept: a colour scan of a colour DVH counts as colour, a grey or 1-bit fax does not
                return new PDFRenderer(doc).renderImageWithDPI(pageIndex, RENDER_DPI, ImageType.RGB);
            }

            @Override
            public Dpi dpi() {
                return new Dpi(RENDER_DPI, RENDER_DPI);
            }
        });
        long characters = page.words().stream().mapToLong(w -> w.text().length()).sum();
        return page.words().size() < MIN_WORDS || characters < PageReader.MIN_TEXT_CHARACTERS ? null
                : analyse(page, pageIndex);
    }

    /** What OCR made of a picture file that is a page: its kind by its text, and the summary table on it. */
    public record ImagePage(DocumentKind kind, SummaryTable table, List<String> notes, double meanConfidence, int words) {
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
        for (ExtractedTable t : TableStitcher.stitch(analysis.tables().stream().map(t -> confidence.strip(t, name)).toList())) {
            if (org.imrtreview.intake.table.TableLocator.locate(t.rows()).isPresent()) {
                grids.add(new org.imrtreview.intake.table.Grid("picture", t.rows(), org.imrtreview.intake.table.Grid.Addressing.ROW));
            }
        }
        SummaryTable table = null;
        List<String> notes = new java.util.ArrayList<>();
        if (!grids.isEmpty()) {
            org.imrtreview.intake.table.TableExtraction x = org.imrtreview.intake.table.TableExtractor.extract(name, grids);
            table = confidence.attach(x.table());
            notes.addAll(x.notes());
        }
        return new ImagePage(analysis.textKind(), table, notes, page.meanConfidence(), page.words().size());
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
        if (c.kind() == DocumentKind.DVH_IMAGE && tables.isEmpty()) {
            // a DVH figure page sent as a scan or fax: its plan from the caption, its colour from the pixels
            String caption = captionLine(text);
            figures = List.of(new DvhFigure(pageIndex + 1, 1, PlanDetector.detect(caption), page.colour(), false,
                    "caption read by OCR", caption, List.of(), page.colour()
                            ? "scanned in colour; not digitised from the scan — compare the curves by eye"
                            : null));
        }
        // identity lines on a scanned page (a cover sheet's "Patient:", a note's "MRN") are checked like text pages
        return new PageAnalysis(pageIndex + 1, tables, figures, c.kind(), false, false,
                c.kind() == DocumentKind.SUMMARY_TABLE, false,
                org.imrtreview.intake.IdentityLines.find(null, "page " + (pageIndex + 1) + " (read by OCR)", text));
    }

    /** The line naming the figure ("Figure 1. Cumulative DVH, 3D-CRT plan"), else the whole text's first line. */
    private static String captionLine(String text) {
        for (String line : text.split("\\n")) {
            if (line.matches("(?i).*\\b(figure|fig\\.|dvh|dose[- ]volume)\\b.*")) {
                return line.strip();
            }
        }
        return text.lines().findFirst().orElse("").strip();
    }
}
