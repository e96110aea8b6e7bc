package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.intake.table.Grid;
import org.imrtreview.intake.table.TableExtraction;
import org.imrtreview.intake.table.TableExtractor;
import org.imrtreview.intake.table.TableLocator;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.SummaryTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a submitted PDF — a single document or a whole fax packet — page by page: only one page's
 * content is in memory at a time, the file itself is read on demand, and progress is reported
 * after every page. Tables found on the pages (joined across page breaks) go through the same
 * {@link TableExtractor} as spreadsheets, so column detection and the missing-column report are
 * identical. Pages are split into logical documents by {@link PacketSplitter}.
 */
public final class PdfPacketReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPacketReader.class);
    /** Pages read at most; a real packet has tens, a huge one a few hundred. */
    public static final int MAX_PAGES = 2000;

    private final PdfProgressListener progress;
    private final int maxFiguresDigitised;
    private ScanReading scans;

    public PdfPacketReader(PdfProgressListener progress) {
        this(progress, FigureCurves.MAX_FIGURES);
    }

    /** With a cap on the DVH figures digitised while reading (0: none; the window digitises on demand). */
    PdfPacketReader(PdfProgressListener progress, int maxFiguresDigitised) {
        this.progress = progress == null ? PdfProgressListener.NONE : progress;
        this.maxFiguresDigitised = maxFiguresDigitised;
    }

    /** Pages without a text layer are read by OCR with {@code scanReading} (null: listed for reading by eye). */
    public PdfPacketReader withScans(ScanReading scanReading) {
        this.scans = scanReading;
        return this;
    }

    public PacketResult read(Path file, String name) {
        try (PDDocument doc = PdfOpener.open(file)) {
            return read(doc, file, name);
        } catch (PdfReadException e) {
            return failed(name, e.state(), e.getMessage());
        } catch (IOException e) {
            return failed(name, LoadState.UNREADABLE, "is damaged and cannot be read as a PDF");
        }
    }

    private static PacketResult failed(String name, LoadState state, String message) {
        return new PacketResult(List.of(new Document(name, DocumentKind.OTHER, null, null, null, state, message)), null,
                List.of(message), 0);
    }

    private PacketResult read(PDDocument doc, Path file, String name) {
        int declared = doc.getNumberOfPages();
        int pageCount = countPages(doc, declared);
        if (pageCount != declared && pageCount <= MAX_PAGES) {
            // a false /Count makes real pages unreachable by index: count them again, in memory (0264)
            PageTree.recountQuietly(doc);
        }
        if (pageCount == 0) {
            return failed(name, LoadState.UNREADABLE, "has no pages");
        }
        if (OwnLetters.isOwnLetter(doc)) {
            // the program's own output is never evidence, wherever it was put (decision 0144)
            return new PacketResult(List.of(new Document(name, DocumentKind.OWN_LETTER, null, null,
                    pageCount == 1 ? "1" : "1-" + pageCount, LoadState.LOADED, OwnLetters.NOTE)), null, List.of(), pageCount);
        }
        List<String> problems = new ArrayList<>();
        boolean truncated = PdfOpener.isTruncated(file);
        int toRead = Math.min(pageCount, MAX_PAGES);
        List<PageAnalysis> pages = new ArrayList<>();
        List<Integer> damaged = new ArrayList<>();
        List<Integer> ocrPages = new ArrayList<>();
        List<Integer> oversized = new ArrayList<>();
        FigureCurves digitising = new FigureCurves(name, maxFiguresDigitised);
        for (int i = 0; i < toRead; i++) {
            if (Thread.currentThread().isInterrupted()) {
                problems.add("reading stopped after page " + i + " of " + pageCount + " (cancelled); the rest was not read");
                break;
            }
            try {
                PageAnalysis page = PageReader.read(doc, i, digitising);
                if (page.scanned() && scans != null && scans.enabled()) {
                    PageAnalysis read = scans.readPdfPage(doc, i, file, digitising);
                    if (read != null) { // null: OCR found (almost) no text; the page stays for reading by eye
                        page = read;
                        ocrPages.add(i + 1);
                    }
                }
                pages.add(slim(page, pages));
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // a bad page loses that page, not the packet (decision 0262)
                LOG.info("page {} of a PDF could not be read: {}", i + 1, e.getClass().getSimpleName());
                damaged.add(i + 1);
                if (e instanceof PageImages.OversizedImageException) {
                    oversized.add(i + 1);
                }
                pages.add(PageAnalysis.unreadable(i + 1));
            }
            progress.pageRead(name, i + 1, toRead);
            org.imrtreview.intake.ReadProgress.made();
        }
        if (pageCount > MAX_PAGES) {
            problems.add("has " + pageCount + " pages; only the first " + MAX_PAGES + " were read");
        }
        if (truncated) {
            problems.add("is incomplete (the file was cut off, e.g. an interrupted download or fax): " + pages.size()
                    + " page(s) could be read; ask for a complete copy if pages are missing");
        }
        if (!damaged.isEmpty()) {
            problems.add(pagesPhrase(damaged) + " could not be read (damaged content"
                    + (oversized.isEmpty() ? "" : "; " + pagesPhrase(oversized) + " hold(s) a picture over "
                    + PageImages.MAX_PIXELS / 1_000_000 + " million pixels, refused before decoding") + ")");
        }
        boolean countFalse = pageCount != declared;
        if (countFalse) {
            problems.add("says it has " + declared + " page(s) but holds " + pageCount + "; the " + pageCount
                    + " found were read (the file is damaged)");
        }
        List<Integer> partial = new ArrayList<>();
        List<IdentityClaim> identities = new ArrayList<>(DocumentProperties.identities(doc, name));
        for (PageAnalysis p : pages) {
            if (p.partial() && !damaged.contains(p.pageNumber())) {
                partial.add(p.pageNumber());
            }
            for (IdentityClaim c : p.identities()) {
                identities.add(c.withFile(name)); // every part, the no-date flag and diagnoses too
            }
        }
        if (!partial.isEmpty()) {
            problems.add(pagesPhrase(partial) + " could be read only in part (the page's content is damaged); what they "
                    + "hold may be incomplete");
        }
        boolean repaired = PdfOpener.neededRepair(file);
        if (repaired) {
            problems.add("is damaged (its index of contents is broken) and was read by repair; some content may be missing");
        }
        List<Integer> scanned = new ArrayList<>();
        for (PageAnalysis p : pages) {
            if (p.scanned()) {
                scanned.add(p.pageNumber());
            }
        }
        if (!scanned.isEmpty()) {
            problems.add("scanned page — text not readable (" + pagesPhrase(scanned)
                    + "): read it by eye, and type the table in if it is there");
        }
        TableFind tables = findTable(name, pages);
        if (!ocrPages.isEmpty()) {
            problems.add(ScannedPages.note(ocrPages, tables.table()));
        }
        problems.addAll(tables.notes());
        List<String> damage = new ArrayList<>(tables.damage());
        if (tables.table() != null && (truncated || repaired || countFalse || !damaged.isEmpty() || !partial.isEmpty())) {
            List<Integer> bad = new ArrayList<>(damaged);
            bad.addAll(partial);
            java.util.Collections.sort(bad);
            damage.add("the summary table in this file may be incomplete: "
                    + (bad.isEmpty() ? "the file is " + (truncated ? "cut off" : "damaged")
                    : pagesPhrase(bad) + (bad.size() == 1 ? " is" : " are") + " damaged")
                    + ", so rows may be missing or wrong; ask for a complete copy before deciding");
        }
        List<Document> documents = PacketSplitter.split(name, pages, tables.pages(), tables.note());
        LoadState state = truncated || !damaged.isEmpty() ? LoadState.WITH_ERRORS : null;
        if (state != null || !scanned.isEmpty() && scanned.size() == pages.size()) {
            LoadState s = state == null ? LoadState.SCANNED : state;
            List<Document> marked = new ArrayList<>();
            for (Document d : documents) {
                marked.add(d.state() == LoadState.LOADED ? new Document(d.file(), d.kind(), d.plan(), d.color(), d.pages(), s,
                        d.note()) : d);
            }
            documents = marked;
        }
        List<DvhCurve> curves = new ArrayList<>();
        for (PageAnalysis p : pages) {
            if (!tables.pages().contains(p.pageNumber())) {
                p.figures().forEach(f -> curves.addAll(f.curves()));
            }
        }
        if (pages.stream().allMatch(PageAnalysis::blank) && damaged.isEmpty()) {
            documents = blankDocuments(name, documents);
            problems.add("has no readable text (only blank pages), so it cannot count as "
                    + "the document its name suggests; ask the provider to send it again");
        }
        return new PacketResult(documents, tables.table(), problems, pageCount, curves, damage, identities, tables.title());
    }

    /** The page with only the lines the table stitcher can use kept (a long packet stays small). */
    private static PageAnalysis slim(PageAnalysis page, List<PageAnalysis> before) {
        if (page.flow() == null) {
            return page;
        }
        // a table page close before: this page may hold the table's rows (also after a page holding one row, 0443)
        boolean previousHasTables = false;
        for (int back = 1; back <= Math.min(before.size(), PageFlow.MAX_CHAIN); back++) {
            if (!before.get(before.size() - back).tables().isEmpty()) {
                previousHasTables = true;
                break;
            }
        }
        return new PageAnalysis(page.pageNumber(), page.tables(), page.figures(), page.textKind(), page.scanned(),
                page.blank(), page.tableWords(), page.partial(), page.identities(),
                page.flow().slim(!page.tables().isEmpty() || previousHasTables, previousHasTables));
    }

    /**
     * The pages the page tree really holds (at most one more than {@link #MAX_PAGES}): its stated /Count
     * can be false — too large (pages that do not exist would each fail) or too small (pages silently
     * skipped). A tree that cannot be walked keeps the stated count.
     */
    private static int countPages(PDDocument doc, int declared) {
        try {
            int n = 0;
            for (org.apache.pdfbox.pdmodel.PDPage ignored : doc.getPages()) {
                if (++n > MAX_PAGES) {
                    return Math.max(n, declared);
                }
            }
            return n;
        } catch (RuntimeException | StackOverflowError e) {
            return declared;
        }
    }

    /** A PDF of blank pages is no evidence, whatever its name says (SPEC §4 "Fail closed"). */
    private static List<Document> blankDocuments(String name, List<Document> documents) {
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            out.add(new Document(d.file(), DocumentKind.OTHER, d.plan(), d.color(), d.pages(), LoadState.UNREADABLE,
                    "blank: no readable text"));
        }
        return out;
    }

    private record TableFind(SummaryTable table, Set<Integer> pages, String note, List<String> notes,
                             List<String> damage, String title) { }

    /** Tables of all pages, joined across page breaks, through the spreadsheet table locator. */
    private static TableFind findTable(String name, List<PageAnalysis> pages) {
        List<ExtractedTable> all = new ArrayList<>();
        OcrConfidence ocr = new OcrConfidence();
        java.util.Map<Integer, PageFlow> flows = new java.util.HashMap<>();
        for (PageAnalysis p : pages) {
            p.tables().forEach(t -> all.add(ocr.strip(t, name)));
            if (p.flow() != null) {
                flows.put(p.pageNumber(), p.flow());
            }
        }
        // rows read from the lines of a page read by OCR lose their markers like the tables (decision 0480)
        TableStitcher.Stitched stitchedTables = TableStitcher.stitch(all, flows, t -> ocr.strip(t, name));
        List<ExtractedTable> stitched = stitchedTables.tables();
        List<Grid> grids = new ArrayList<>();
        Set<Integer> tablePages = new TreeSet<>();
        List<String> damage = new ArrayList<>();
        for (int i = 0; i < stitched.size(); i++) {
            ExtractedTable t = stitched.get(i);
            if (TableLocator.locate(t.rows()).isPresent()) {
                // with the title printed above it on its first page (decision 0640)
                PageFlow flow = flows.get(t.firstPage());
                grids.add(new Grid(t.location(), t.rows(), Grid.Addressing.ROW, flow == null ? "" : flow.titleAbove(t.top())));
                for (int p = t.firstPage(); p <= t.lastPage(); p++) {
                    tablePages.add(p);
                }
                for (TableStitcher.Loose loose : stitchedTables.loose()) {
                    if (loose.table() == i) {
                        // rows that may belong to the table but were not read into it: never silently (0409)
                        damage.add("page " + loose.page() + " begins with lines that look like rows of the summary"
                                + " table on " + t.location() + " but could not be joined to it, so rows may be"
                                + " missing; check page " + loose.page() + " and type any missing rows in before deciding");
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (grids.isEmpty()) {
            List<Integer> wordy = new ArrayList<>();
            for (PageAnalysis p : pages) {
                if (p.tableWords()) {
                    wordy.add(p.pageNumber());
                }
            }
            if (!wordy.isEmpty()) {
                notes.add(pagesPhrase(wordy) + " speak(s) of a summary table but no table with its columns could be read"
                        + " there; type the rows in");
            }
            return new TableFind(null, tablePages, null, notes, List.of(), "");
        }
        TableExtraction extraction = TableExtractor.extract(name, grids);
        notes.addAll(extraction.notes());
        SummaryTable table = ocr.attach(extraction.table());
        String note = table == null ? null : "summary table at " + table.location() + ", " + table.rows().size() + " rows"
                + (table.columnsMissing().isEmpty() ? "" : "; missing columns: " + missingWords(table));
        return new TableFind(table, tablePages, note, notes, table == null ? List.of() : damage, extraction.title());
    }

    private static String missingWords(SummaryTable t) {
        List<String> words = new ArrayList<>();
        t.columnsMissing().forEach(c -> words.add(c.missingWord()));
        return String.join(", ", words);
    }

    /** "page 3", "pages 2, 5-7". */
    static String pagesPhrase(List<Integer> pageNumbers) {
        StringBuilder sb = new StringBuilder(pageNumbers.size() == 1 ? "page " : "pages ");
        int i = 0;
        while (i < pageNumbers.size()) {
            int j = i;
            while (j + 1 < pageNumbers.size() && pageNumbers.get(j + 1) == pageNumbers.get(j) + 1) {
                j++;
            }
            if (sb.charAt(sb.length() - 1) != ' ') {
                sb.append(", ");
            }
            sb.append(PacketSplitter.range(pageNumbers.get(i), pageNumbers.get(j)));
            i = j + 1;
        }
        return sb.toString();
    }
}
