package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.intake.pdf.fixtures.ContinuedTableLetters;
import org.imrtreview.intake.pdf.fixtures.ContinuedTableLetters.Page2;
import org.imrtreview.intake.pdf.fixtures.ContinuedTableLetters.Variant;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.ocr.PageOcr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A faxed letter whose summary table ends high on page 1 and goes on at the top of page 2, both pages
 * read by OCR (decision 0470): page 2's rows are never dropped silently.
 */
class ScannedContinuedTableTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void engine() {
        assumeTrue(PageOcr.shared().available(), "no OCR natives for this platform");
    }

    private static PacketResult readScanned(Variant v, ScanDegrader.Look look, String name) throws IOException {
        Path text = ContinuedTableLetters.write(dir.resolve(name + "-text.pdf"), v);
        Path scan = dir.resolve(name + ".pdf");
        try (PDDocument src = Loader.loadPDF(text.toFile())) {
            ScanDegrader.writeScannedPdf(src, look, 11, scan);
        }
        return new PdfPacketReader(PdfProgressListener.NONE).withScans(ScanReading.cached(ResultCache.off())).read(scan, "letter_of_medical_necessity.pdf");
    }

    private static List<String> organs(PacketResult r) {
        List<String> out = new ArrayList<>();
        if (r.table() != null) {
            for (SummaryRow s : r.table().rows()) {
                out.add(s.organ());
            }
        }
        return out;
    }

    /** Page 1 as typed (a text layer), page 2 as a scan of itself: a packet put together from a printout and a fax. */
    private static PacketResult readMixed(Variant v, ScanDegrader.Look look, String name) throws IOException {
        Path text = ContinuedTableLetters.write(dir.resolve(name + "-text.pdf"), v);
        Path mixed = dir.resolve(name + ".pdf");
        try (PDDocument src = Loader.loadPDF(text.toFile()); PDDocument out = Loader.loadPDF(text.toFile())) {
            BufferedImage img = ScanDegrader.degrade(src, 1, look, 11);
            PDRectangle box = out.getPage(1).getMediaBox();
            out.removePage(1);
            PDPage page = new PDPage(box);
            out.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(out, img);
            try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
            }
            out.save(mixed.toFile());
        }
        return new PdfPacketReader(PdfProgressListener.NONE).withScans(ScanReading.cached(ResultCache.off()))
                .read(mixed, "letter_of_medical_necessity.pdf");
    }

    private static final String HOLD = "page 2 begins with lines that look like rows of the summary table on page 1 but"
            + " could not be joined to it, so rows may be missing; check page 2 and type any missing rows in before deciding";

    /** Both pages faxed: the table ends high on page 1, so the rule by position does not join page 2's rows. */
    @ParameterizedTest(name = "ruled {0}, {1} rows on page 1")
    @CsvSource(textBlock = """
            true,  3
            false, 3
            true,  2
            """)
    void rowsAtTheTopOfAScannedPage2AreNeverDroppedSilently(boolean ruled, int rowsOnPage1) throws IOException {
        PacketResult r = readScanned(new Variant(ruled, rowsOnPage1, Page2.REST_OF_TABLE, false, false, true),
                ScanDegrader.Look.GREY_300, "scan-" + ruled + rowsOnPage1);
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals(rowsOnPage1, organs(r).size(), organs(r)::toString);
        assertEquals(List.of(HOLD), r.damage(), () -> "organs " + organs(r));
    }

    /** Page 1 typed, page 2 a scan: page 2 has no record of its lines, so the same rule applies. */
    @ParameterizedTest(name = "ruled {0}, {1} rows on page 1")
    @CsvSource(textBlock = """
            true,  3
            false, 3
            """)
    void rowsAtTheTopOfAScannedPage2AfterATypedPage1AreNeverDroppedSilently(boolean ruled, int rowsOnPage1)
            throws IOException {
        PacketResult r = readMixed(new Variant(ruled, rowsOnPage1, Page2.REST_OF_TABLE, false, false, true),
                ScanDegrader.Look.GREY_300, "mixed-" + ruled + rowsOnPage1);
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals(rowsOnPage1, organs(r).size(), organs(r)::toString);
        assertEquals(List.of(HOLD), r.damage(), () -> "organs " + organs(r));
    }

    /** A different table (its own header) at the top of the scanned page 2 raises nothing. */
    @ParameterizedTest(name = "ruled {0}")
    @CsvSource(textBlock = """
            true
            false
            """)
    void aDifferentTableAtTheTopOfAScannedPage2RaisesNothing(boolean ruled) throws IOException {
        PacketResult r = readScanned(new Variant(ruled, 7, Page2.OTHER_TABLE, false, false, true),
                ScanDegrader.Look.GREY_300, "other-" + ruled);
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals(List.of(), r.damage());
    }

    /**
     * Page 1 typed and ending low, page 2 a scan starting high: joined by position. The typed cells were read
     * from the text layer, not by OCR: they carry no OCR confidence (decision 0471); page 2's cells do.
     */
    @ParameterizedTest(name = "ruled {0}")
    @CsvSource(textBlock = """
            true
            false
            """)
    void typedCellsOfATableJoinedToAScannedPageAreNotOcrCells(boolean ruled) throws IOException {
        PacketResult r = readMixed(new Variant(ruled, 5, Page2.REST_OF_TABLE, false, false, false),
                ScanDegrader.Look.GREY_300, "low-" + ruled);
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals("pages 1-2, header row 1, rows 2-8", r.table().location());
        assertEquals(7, organs(r).size(), organs(r)::toString);
        assertEquals(List.of(), r.damage());
        for (SummaryRow row : r.table().rows()) {
            List<OcrCell> ocr = r.table().ocrCells().stream().filter(c -> c.row() == row.number()).toList();
            if (row.number() <= 5) {
                assertEquals(List.of(), ocr, "row " + row.number() + " was typed on page 1");
            } else {
                assertEquals(6, ocr.size(), "row " + row.number() + " was read by OCR on page 2: " + ocr);
                assertTrue(ocr.stream().allMatch(c -> c.confidence() > 0.5), ocr::toString);
            }
        }
    }

    /**
     * Six rows on page 1 ending low, the seventh (brachial plexus, "No") alone at the top of page 2: one row is
     * no table, so it was never looked for and was lost silently (6 of 7 rows, no problem). Read from the scanned
     * page's lines into the table's columns (decision 0480), it carries its OCR confidence.
     */
    @ParameterizedTest(name = "ruled {0}, page 1 typed {1}, {2}")
    @CsvSource(textBlock = """
            true,  false, GREY_300
            false, false, GREY_300
            true,  true,  GREY_300
            false, true,  GREY_300
            false, false, FAX_FINE
            false, true,  FAX_FINE
            """)
    void aSingleRowAtTheTopOfAScannedPage2IsReadIntoTheTable(boolean ruled, boolean typedPage1, ScanDegrader.Look look)
            throws IOException {
        Variant v = new Variant(ruled, 6, Page2.REST_OF_TABLE, false, false, false);
        String name = "one-" + ruled + typedPage1 + look;
        PacketResult r = typedPage1 ? readMixed(v, look, name) : readScanned(v, look, name);
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals(7, organs(r).size(), organs(r)::toString);
        assertEquals("pages 1-2, header row 1, rows 2-8", r.table().location());
        assertEquals(List.of(), r.damage());
        SummaryRow last = r.table().rows().get(6);
        assertTrue(last.organ().matches("Brach.al plexus"), last::toString);
        List<OcrCell> ocr = r.table().ocrCells().stream().filter(c -> c.row() == last.number()).toList();
        assertEquals(6, ocr.size(), "row 7 was read by OCR on page 2: " + ocr);
    }

    /**
     * A fine fax whose header lost its rulings: the finder read the header alone as one table and the rows as
     * another, so the summary table was the header with 0 rows and the hold for page 2's rows went to a table
     * that is not the summary table (nothing said). The header is joined back to its rows (decision 0481): the
     * rows are read, and page 2's row, which the fax's page 2 garbles, holds the case.
     */
    @ParameterizedTest(name = "{0} rows on page 1")
    @CsvSource(textBlock = """
            6, false
            2, true
            """)
    void aFaxedHeaderReadApartFromItsRowsIsJoinedBack(int rowsOnPage1, boolean shortOpening) throws IOException {
        PacketResult r = readScanned(new Variant(true, rowsOnPage1, Page2.REST_OF_TABLE, false, false, shortOpening),
                ScanDegrader.Look.FAX_FINE, "faxhead-" + rowsOnPage1);
        assertNotNull(r.table(), r.problems()::toString);
        assertEquals(rowsOnPage1, organs(r).size(), organs(r)::toString);
        assertEquals(List.of(HOLD), r.damage(), () -> "organs " + organs(r));
    }
}
