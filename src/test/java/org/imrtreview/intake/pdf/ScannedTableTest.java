package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.bench.TableScore;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.PageOcr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A modest subset of the scan corpus (bench/scan-tables.sh runs all of it): text-PDF fixture
 * tables rendered, degraded as a scanner or fax would, written as image-only PDFs and read back by
 * OCR through the shared table finders. Thresholds sit below what bench measured (docs/scans.md).
 */
class ScannedTableTest {
    static final Path CORPUS = Path.of("src/test/resources/pdf/tables");

    @TempDir
    static Path dir;

    @BeforeAll
    static void engine() {
        assumeTrue(PageOcr.shared().available(), "no OCR natives for this platform");
    }

    private static double scannedAccuracy(String fixture, ScanDegrader.Look look, List<List<Boolean>> flagged,
                                          List<List<String>> rows) throws Exception {
        Path scan = dir.resolve(fixture + "-" + look + ".pdf");
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve(fixture + ".pdf").toFile())) {
            ScanDegrader.writeScannedPdf(src, look, fixture.hashCode(), scan);
        }
        rows.addAll(ScanTables.rows(ScanTables.extract(scan), 0.80, flagged));
        return TableScore.accuracy(PdfTableCorpusTest.expected(fixture), rows);
    }

    @ParameterizedTest(name = "{0} as {1}: at least {2} of the cells")
    @CsvSource(textBlock = """
            20-report-centered-breast, GREY_300,    0.95
            03-word-unruled-prostate,  GREY_200,    0.90
            20-report-centered-breast, JPEG_COLOUR, 0.95
            11-calc-grid-pancreas,     GREY_150,    0.90
            11-calc-grid-pancreas,     ROTATED_90,  0.90
            """)
    void scannedTableGivesTheRowsOfItsTextVersion(String fixture, ScanDegrader.Look look, double minimum) throws Exception {
        List<List<Boolean>> flagged = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        double accuracy = scannedAccuracy(fixture, look, flagged, rows);
        assertTrue(accuracy >= minimum, () -> fixture + " " + look + ": " + accuracy + "\n" + rows);
    }

    /**
     * Fixture 13's spreadsheet grid runs its vertical rulings against the doses: whitening a ruling took the left
     * stroke of the first digit with it, and "63.7 Gy", "64.0 Gy", "60.6 Gy" read "33.7", "34.0", "30.6", surely
     * (decision 0510). Each number that touched a whitened ruling is doubted; no dose is wrong and silent.
     */
    @Test
    void aDoseWhoseDigitTouchedAWhitenedRulingIsNeverWrongAndSilent() throws Exception {
        String fixture = "13-calc-multipage-headneck";
        Path scan = dir.resolve(fixture + "-ruling.pdf");
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve(fixture + ".pdf").toFile())) {
            ScanDegrader.writeScannedPdf(src, ScanDegrader.Look.GREY_300, fixture.hashCode(), scan);
        }
        List<ExtractedTable> tables = ScanTables.extract(scan);
        List<String> misses = new ArrayList<>();
        int silent = org.imrtreview.bench.ScanScore.silentByRole(org.imrtreview.intake.table.TableExtractor.extract(
                fixture + ".csv", List.of(new org.imrtreview.intake.table.Grid("csv", PdfTableCorpusTest.expected(fixture),
                        org.imrtreview.intake.table.Grid.Addressing.ROW))).table(), ScanTables.summaryTables(tables), misses);
        assertEquals(0, silent, () -> String.join("\n", misses));
    }

    /**
     * Fixture 11's spreadsheet grid also sets its numbers against its lines, and the whitening took ink from nearly
     * every one, which then read right: decision 0510 doubted all of them (14 cells to confirm on the clean 300 dpi
     * scan). Read again with the taken ink put back (decision 0520), a number that reads the same is not doubted:
     * far fewer cells to confirm, and still none wrong and silent.
     */
    @Test
    void aNumberAtARulingThatReadsTheSameWithItsInkBackIsNotDoubted() throws Exception {
        String fixture = "11-calc-grid-pancreas";
        Path scan = dir.resolve(fixture + "-ink-back.pdf");
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve(fixture + ".pdf").toFile())) {
            ScanDegrader.writeScannedPdf(src, ScanDegrader.Look.GREY_300, fixture.hashCode(), scan);
        }
        List<ExtractedTable> tables = ScanTables.extract(scan);
        List<String> misses = new ArrayList<>();
        int silent = org.imrtreview.bench.ScanScore.silentByRole(org.imrtreview.intake.table.TableExtractor.extract(
                fixture + ".csv", List.of(new org.imrtreview.intake.table.Grid("csv", PdfTableCorpusTest.expected(fixture),
                        org.imrtreview.intake.table.Grid.Addressing.ROW))).table(), ScanTables.summaryTables(tables), misses);
        assertEquals(0, silent, () -> String.join("\n", misses));
        int toConfirm = ScanTables.summaryTables(tables).stream()
                .mapToInt(t -> org.imrtreview.evaluate.OcrDoubts.ofTable(t).size()).sum();
        assertTrue(toConfirm <= 6, () -> toConfirm + " cells to confirm (14 when every number at a ruling was doubted)");
    }

    /**
     * Fixture 22 sent as a standard fax from a computer: each organ's second line sits a point or more further
     * below its row than the tightest line spacing (98-dpi rows; a speck read "4" beside "(right)" pulled that
     * line's baseline down) and was cut off as a row of its own, so "Submandibular gland (right)" and "... (right)
     * – boost phase" were used as "Submandibular gland", sure and wrong (decision 0525). Each side now stays with
     * its organ or is doubted; no organ is wrong and silent.
     */
    @Test
    void anOrgansSecondLineOnAFaxStaysWithItsRow() throws Exception {
        String fixture = "22-report-multipage-headneck";
        Path scan = dir.resolve(fixture + "-sent.pdf");
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve(fixture + ".pdf").toFile())) {
            ScanDegrader.writeScannedPdf(src, ScanDegrader.Look.FAX_STANDARD_SENT, fixture.hashCode(), scan);
        }
        List<ExtractedTable> tables = ScanTables.extract(scan);
        List<String> misses = new ArrayList<>();
        int silent = org.imrtreview.bench.ScanScore.silentByRole(org.imrtreview.intake.table.TableExtractor.extract(
                fixture + ".csv", List.of(new org.imrtreview.intake.table.Grid("csv", PdfTableCorpusTest.expected(fixture),
                        org.imrtreview.intake.table.Grid.Addressing.ROW))).table(), ScanTables.summaryTables(tables), misses);
        assertEquals(0, silent, () -> String.join("\n", misses));
        List<String> organs = new ArrayList<>();
        for (var t : ScanTables.summaryTables(tables)) {
            t.rows().forEach(r -> organs.add(r.organ()));
        }
        assertTrue(organs.contains("Submandibular gland (right) \u2013 boost phase"), organs::toString);
        assertFalse(organs.stream().anyMatch(o -> o.matches("(?i)(boost )?phase|\\(right\\).*")), organs::toString);
    }

    @Test
    void upsideDownAndSidewaysPagesAreTurnedUpright() throws Exception {
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve("03-word-unruled-prostate.pdf").toFile())) {
            BufferedImage upsideDown = ScanDegrader.degrade(src, 0, ScanDegrader.Look.ROTATED_180, 1);
            OcrPage page = PageOcr.shared().read(upsideDown, 200, 200);
            assertEquals(180, page.rotation());
            assertTrue(page.text().contains("QUANTEC"), page.text());
            BufferedImage sideways = ScanDegrader.degrade(src, 0, ScanDegrader.Look.ROTATED_90, 1);
            OcrPage turned = PageOcr.shared().read(sideways, 200, 200);
            assertEquals(270, turned.rotation(), "fed a quarter turn clockwise, read after three more");
            assertTrue(turned.text().contains("QUANTEC"), turned.text());
        }
    }

    @Test
    void faxStandardPixelsAreMadeSquareAndAColourScanCountsAsColourAFaxDoesNot() throws Exception {
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve("20-report-centered-breast.pdf").toFile())) {
            BufferedImage fax = ScanDegrader.degrade(src, 0, ScanDegrader.Look.FAX_STANDARD, 2);
            assertTrue(fax.getHeight() < fax.getWidth(), "a letter page at 204 x 98 dpi is wider than tall in pixels");
            OcrPage page = PageOcr.shared().read(fax, 204, 98);
            assertEquals(11.0 / 8.5, (double) page.height() / page.width(), 0.03);
            assertFalse(page.colour());
            assertFalse(page.greyLevels(), "1-bit");
            BufferedImage colour = ScanDegrader.degrade(src, 0, ScanDegrader.Look.JPEG_COLOUR, 3);
            assertTrue(PageOcr.shared().read(colour, 200, 200).greyLevels());
        }
    }

    @Test
    void secondReadingOfTheSameFileComesFromTheCacheBesideTheCase() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Path scan = caseDir.resolve("table.pdf");
        try (PDDocument src = Loader.loadPDF(CORPUS.resolve("20-report-centered-breast.pdf").toFile())) {
            ScanDegrader.writeScannedPdf(src, ScanDegrader.Look.GREY_200, 5, scan);
        }
        PacketResult first = new PdfPacketReader(null).withScans(ScanReading.standard(caseDir)).read(scan, "table.pdf");
        Path entry;
        try (var s = Files.list(caseDir.resolve(".imrt-review/cache/ocr"))) {
            entry = s.findFirst().orElseThrow();
        }
        assertFalse(first.table().ocrCells().isEmpty(), "every cell read by OCR carries its confidence");
        PacketResult again = new PdfPacketReader(null).withScans(ScanReading.standard(caseDir)).read(scan, "table.pdf");
        assertEquals(first.table().rows(), again.table().rows());
        assertEquals(first.table().ocrCells(), again.table().ocrCells());
        // proof that the second reading came from the cache, not the engine: a changed entry shows
        Files.writeString(entry, Files.readString(entry).replaceAll("\"confidence\":[0-9.Ee-]+", "\"confidence\":0.11"));
        PacketResult cached = new PdfPacketReader(null).withScans(ScanReading.standard(caseDir)).read(scan, "table.pdf");
        assertTrue(cached.table().ocrCells().stream().allMatch(c -> c.confidence() == 0.11), cached.table().ocrCells()::toString);
    }
}
