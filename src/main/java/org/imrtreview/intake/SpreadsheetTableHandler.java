package org.imrtreview.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.imrtreview.intake.table.Grid;
import org.imrtreview.intake.table.TableExtraction;
import org.imrtreview.intake.table.TableExtractor;
import org.imrtreview.model.Column;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.SummaryTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the summary table from a workbook ({@code .xlsx}, {@code .xlsm}, {@code .xls}) or a
 * delimited text table ({@code .csv}, {@code .tsv}, a {@code .txt} that holds one). The table may sit
 * on any sheet at any position; see {@link org.imrtreview.intake.table.TableLocator}.
 *
 * <p>Limits keep a hostile or huge file from exhausting memory: an {@code .xlsx} is read as a stream of
 * XML events keeping at most {@link WorkbookGrids#MAX_ROWS} rows per sheet ({@link StreamingWorkbookGrids});
 * an {@code .xls} over {@value #MAX_WORKBOOK_BYTES} bytes, an {@code .xlsx} over
 * {@value #MAX_STREAMED_WORKBOOK_BYTES} bytes and text tables over {@value #MAX_TEXT_BYTES} bytes are
 * not opened. POI's own zip-bomb and record-size guards stay at their defaults.
 */
public final class SpreadsheetTableHandler implements FileHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetTableHandler.class);

    /** An {@code .xls} is loaded whole by POI: at most this size. */
    static final long MAX_WORKBOOK_BYTES = 25L * 1024 * 1024;
    /**
     * An {@code .xlsx} is streamed (decision 0265): only its first rows are kept, so only the package's
     * expanded size ({@link WorkbookZipCheck}) and this file size bound the work.
     */
    static final long MAX_STREAMED_WORKBOOK_BYTES = 100L * 1024 * 1024;
    static final long MAX_TEXT_BYTES = 5L * 1024 * 1024;
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "tsv", "txt");

    @Override
    public boolean accepts(String fileName, byte[] head) {
        String ext = ContentType.extension(fileName);
        ContentType actual = ContentType.sniff(head);
        if (WORKBOOK_EXTENSIONS.contains(ext)) {
            return actual.isSpreadsheetContainer() || actual == ContentType.UNKNOWN || actual == ContentType.TEXT;
        }
        return TEXT_EXTENSIONS.contains(ext) && (actual == ContentType.TEXT || actual.isSpreadsheetContainer());
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        String ext = ContentType.extension(file.getFileName().toString());
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
            ContentType actual = ContentType.sniff(head);
            if (actual.isSpreadsheetContainer()) {
                readWorkbook(file, name, into, actual);
            } else if (TEXT_EXTENSIONS.contains(ext) || actual == ContentType.TEXT) {
                readText(file, name, ext, into);
            } else {
                unreadable(into, name, "is named ." + ext + " but is not a spreadsheet (" + actual.description()
                        + ")", LoadState.UNREADABLE);
            }
        } catch (IOException e) {
            unreadable(into, name, "could not be read (" + e.getClass().getSimpleName() + ")", LoadState.UNREADABLE);
        }
    }

    private void readWorkbook(Path file, String name, CaseBuilder into, ContentType container) throws IOException {
        long size = Files.size(file);
        boolean streamed = container == ContentType.OOXML;
        if (size > (streamed ? MAX_STREAMED_WORKBOOK_BYTES : MAX_WORKBOOK_BYTES)) {
            unreadable(into, name, "is too large (" + size / (1024 * 1024) + " MB) for a summary table; it was not opened",
                    LoadState.UNREADABLE);
            return;
        }
        if (isEncryptedOoxml(file)) {
            unreadable(into, name, "is password-protected; ask the provider for an unprotected copy", LoadState.ENCRYPTED);
            return;
        }
        String refused = WorkbookZipCheck.refusal(file);
        if (refused != null) {
            unreadable(into, name, refused, LoadState.UNREADABLE);
            return;
        }
        String damaged = container == ContentType.OOXML ? WorkbookZipCheck.damage(file) : null;
        if (damaged != null) {
            // the cells could read as other words or numbers: damaged evidence, never read round (decision 0132)
            into.problem(name, damaged, org.imrtreview.model.ProblemCode.EVIDENCE_DAMAGED);
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE, damaged));
            return;
        }
        List<Grid> grids;
        try {
            grids = streamed ? StreamingWorkbookGrids.of(file) : loaded(file);
        } catch (java.io.InterruptedIOException e) {
            Thread.currentThread().interrupt();
            unreadable(into, name, "was not read in full (reading was stopped)", LoadState.UNREADABLE);
            return;
        } catch (IOException | RuntimeException e) {
            // tested here, not caught by type: a catch of a POI type loads POI with this handler (issue 17)
            if (e instanceof EncryptedDocumentException) {
                unreadable(into, name, "is password-protected; ask the provider for an unprotected copy", LoadState.ENCRYPTED);
                return;
            }
            LOG.info("workbook could not be opened: {}", e.getClass().getSimpleName());
            unreadable(into, name, "is damaged or not a readable Excel workbook", LoadState.UNREADABLE);
            return;
        }
        into.identities(GridIdentity.find(name, grids));
        record(into, name, TableExtractor.extract(name, grids));
    }

    /** An {@code .xls} (or an encrypted package) through POI's usermodel: whole, within its size cap. */
    private static List<Grid> loaded(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return WorkbookGrids.of(workbook);
        }
    }

    private void readText(Path file, String name, String ext, CaseBuilder into) throws IOException {
        long size = Files.size(file);
        if (size > MAX_TEXT_BYTES) {
            if (!"txt".equals(ext)) {
                unreadable(into, name, "is too large (" + size / (1024 * 1024) + " MB) for a summary table; it was not read",
                        LoadState.UNREADABLE);
            } else {
                into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED, "large text file, not read"));
            }
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int nul = nulOutsideUtf16(bytes);
        if (nul >= 0) {
            // text never holds a NUL byte: past the first bytes it is damage (or a binary file named as text),
            // and the cells round it could read as other numbers (fail closed, decision 0132, issue 20)
            into.problem(name, "is named ." + ext + " but holds binary bytes (a NUL byte at position " + (nul + 1)
                    + ") where text is expected; it could not be read, so what it holds cannot be checked — ask for a "
                    + "clean copy", org.imrtreview.model.ProblemCode.EVIDENCE_DAMAGED);
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE,
                    "damaged or mislabelled ." + ext + " file"));
            return;
        }
        Grid grid;
        try {
            grid = CsvGrids.of(bytes);
        } catch (IOException e) {
            unreadable(into, name, "could not be read as a table: " + e.getMessage(), LoadState.UNREADABLE);
            return;
        }
        into.identities(GridIdentity.find(name, List.of(grid)));
        TableExtraction extraction = TableExtractor.extract(name, List.of(grid));
        if (!extraction.found() && "txt".equals(ext)) {
            // A .txt is often something else (a note, a planning-system export): no complaint.
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED,
                    "text file without a summary table"));
            return;
        }
        record(into, name, extraction);
    }

    /** The first NUL byte of a text file not in UTF-16 (which holds them as halves of characters), or -1. */
    private static int nulOutsideUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return -1;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void record(CaseBuilder into, String name, TableExtraction extraction) {
        if (!extraction.found()) {
            into.problem(name, extraction.notes().get(0));
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.WITH_ERRORS,
                    "spreadsheet without a recognisable summary table"));
            return;
        }
        SummaryTable table = extraction.table();
        into.table(table);
        extraction.others().forEach(into::otherTable);
        // a title stating another prescription than the request's: the table of another plan or course (0544)
        TitlePrescription.check(into, name, extraction.title());
        for (String note : extraction.notes()) {
            into.problem(name, note);
        }
        into.document(new Document(name, DocumentKind.SUMMARY_TABLE, null, null, null, LoadState.LOADED, describe(table)));
    }

    /**
     * An encrypted .xlsx is an OLE2 container with an "EncryptionInfo" stream. Checking for it
     * avoids POI's attempt to decrypt with Excel's default password, which costs seconds of key
     * derivation for agile encryption.
     */
    private static boolean isEncryptedOoxml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (ContentType.sniff(in.readNBytes(8)) != ContentType.OLE2) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") && fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** e.g. "table at Sheet2!B5:G12, 4 rows; columns found: organ, constraint, ...; missing: source". */
    static String describe(SummaryTable table) {
        StringBuilder sb = new StringBuilder("table at ").append(table.location()).append(", ")
                .append(table.rows().size()).append(table.rows().size() == 1 ? " row" : " rows");
        List<Column> missing = table.columnsMissing();
        if (missing.isEmpty()) {
            sb.append("; all six required columns found");
        } else {
            sb.append("; missing column(s): ");
            sb.append(String.join(", ", missing.stream().map(c -> c.title().toLowerCase(java.util.Locale.ROOT)).toList()));
        }
        return sb.toString();
    }

    private static void unreadable(CaseBuilder into, String name, String message, LoadState state) {
        into.problem(name, message);
        into.document(new Document(name, DocumentKind.OTHER, null, null, null, state, message));
    }
}
