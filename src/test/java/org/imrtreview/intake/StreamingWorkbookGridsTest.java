package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imrtreview.intake.table.Grid;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0265: an {@code .xlsx} is streamed, keeping only the rows the reader uses, and reads the
 * very same cell texts as POI's in-memory workbook did.
 */
class StreamingWorkbookGridsTest {

    @TempDir
    Path tmp;

    private static List<Grid> loaded(Path file) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return WorkbookGrids.of(wb);
        }
    }

    private static void assertSameGrids(Path file) throws IOException {
        List<Grid> before = loaded(file);
        List<Grid> after = StreamingWorkbookGrids.of(file);
        assertEquals(before.size(), after.size(), file + ": sheets");
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).label(), after.get(i).label(), file + ": sheet name");
            assertEquals(before.get(i).cells(), after.get(i).cells(), file + ": sheet " + before.get(i).label());
        }
    }

    @Test
    void everyBundledWorkbookReadsTheSameStreamedAsLoaded() throws Exception {
        List<Path> books = new ArrayList<>();
        for (String root : new String[] {"samples", "src/test/resources"}) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.getFileName().toString().matches("(?i).*\\.xls[xm]")).sorted().forEach(books::add);
            }
        }
        assertTrue(books.size() >= 15, "the samples and the table fixtures: " + books);
        for (Path book : books) {
            assertSameGrids(book);
        }
    }

    @Test
    void everyKindOfCellReadsTheSameStreamedAsLoaded() throws Exception {
        Path file = tmp.resolve("kinds.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            (wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr())
                    .setDate1904(true);
            Sheet s = wb.createSheet("Plan comparison");
            String[] formats = {"General", "0.0", "0%", "0.00%", "#,##0", "#,##0.00", "0.00E+00", "m/d/yy", "d-mmm-yyyy h:mm",
                "0.0 \"Gy\"", "@", "# ?/?", "[h]:mm"};
            double[] values = {58, 5.8, 0.38, 0.2875, 5800, 123456.789, 0.000123, 46000, 46000.5, 44.8, 12, 0.75, 1.25};
            for (int i = 0; i < formats.length; i++) {
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                Row r = s.createRow(i);
                Cell c = r.createCell(1);
                c.setCellValue(values[i]);
                c.setCellStyle(st);
                r.createCell(2).setCellValue(-values[i]);
                r.getCell(2).setCellStyle(st);
            }
            Row texts = s.createRow(20);
            texts.createCell(0).setCellValue("  Spinal\u00a0cord  ");
            XSSFRichTextString rich = new XSSFRichTextString("Dmax ≤ 45 Gy");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            texts.createCell(1).setCellValue(rich);
            texts.createCell(2).setCellValue(true);
            texts.createCell(3).setCellValue("line\r\nbreak _x0041_");
            texts.createCell(5).setCellStyle(wb.createCellStyle()); // a styled blank widens the row
            Row formulas = s.createRow(21);
            formulas.createCell(0).setCellValue(50);
            formulas.createCell(1).setCellFormula("A22*100");
            formulas.createCell(2).setCellFormula("A22/0");
            formulas.createCell(3).setCellFormula("\"Heart \"&A22");
            formulas.createCell(4).setCellFormula("A22>40");
            formulas.createCell(5).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            s.createRow(25).createCell(0).setCellValue("Merged source");
            s.addMergedRegion(new CellRangeAddress(25, 27, 0, 2));
            s.createRow(26); // an empty row element
            s.createRow(30).createCell(70).setCellValue("past the last column read");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("hidden");
            wb.setSheetHidden(1, true);
            wb.createSheet("Very hidden").createRow(0).createCell(0).setCellValue("very hidden");
            wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            Sheet tall = wb.createSheet("Tall");
            for (int r = 0; r < WorkbookGrids.MAX_ROWS + 50; r += 7) {
                tall.createRow(r).createCell(r % 5).setCellValue("row " + r);
            }
            tall.addMergedRegion(new CellRangeAddress(WorkbookGrids.MAX_ROWS - 3, WorkbookGrids.MAX_ROWS + 10, 0, 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertSameGrids(file);
        List<Grid> grids = StreamingWorkbookGrids.of(file);
        assertEquals(List.of("Plan comparison", "Hidden", "Tall"), grids.stream().map(Grid::label).toList());
        assertEquals("5800", grids.get(0).cells().get(4).get(1), "numbers without grouping");
        assertEquals("38%", grids.get(0).cells().get(2).get(1));
        assertEquals("Spinal cord", grids.get(0).cells().get(20).get(0));
        assertEquals("", grids.get(0).cells().get(21).get(2), "a formula's error reads as blank");
        assertEquals(WorkbookGrids.MAX_ROWS, grids.get(2).cells().size(), "rows past the cap are not kept");
    }

    @Test
    void inlineStringsFromAStreamingWriterReadTheSame() throws Exception {
        Path file = tmp.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(50)) { // writes inline strings, not a shared table
            Sheet s = wb.createSheet("Summary");
            String[] header = {"OAR", "Dose Constraint", "Source of Constraint", "3D-CRT", "VMAT", "Only IMRT?"};
            Row h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c + 1).setCellValue(header[c]);
            }
            Row r = s.createRow(3);
            r.createCell(1).setCellValue("Heart");
            r.createCell(2).setCellValue("Dmean < 26 Gy");
            r.createCell(4).setCellValue(27.4);
            r.createCell(5).setCellValue(18.9);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        assertTrue(new String(zipEntry(file, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8).contains("inlineStr"));
        assertSameGrids(file);
    }

    private static byte[] zipEntry(Path file, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    // ---- a big sheet --------------------------------------------------------------------------

    /**
     * Sample 03's summary table at the top of a sheet followed by {@code fillerRows} rows of random
     * readings (random so the package is not refused as a zip bomb): about 140 bytes of XML a row.
     */
    static void bigSheet(Path file, int fillerRows) throws IOException {
        String[][] table = {
            {"OAR", "Dose Constraint", "Source of Constraint", "3D-CRT", "VMAT", "Can constraint only be met with IMRT?"},
            {"Total lung", "V20 < 35%", "NCCN", "38%", "29%", "Yes"},
            {"Heart", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"},
            {"Esophagus", "Dmean < 34 Gy", "QUANTEC", "36.2 Gy", "28.7 Gy", "Yes"},
            {"Spinal cord", "Max <= 50 Gy", "QUANTEC", "44.8 Gy", "41.0 Gy", "No"}};
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Readings\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String[] row : table) {
                for (String cell : row) {
                    sst.append("<si><t>").append(cell.replace("<", "&lt;")).append("</t></si>");
                }
            }
            put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            int s = 0;
            for (int r = 0; r < table.length; r++) {
                w.write("<row r=\"" + (r + 1) + "\">");
                for (int c = 0; c < table[r].length; c++) {
                    w.write("<c r=\"" + (char) ('A' + c) + (r + 1) + "\" t=\"s\"><v>" + s++ + "</v></c>");
                }
                w.write("</row>");
            }
            Random random = new Random(20);
            for (int r = table.length + 2; r < table.length + 2 + fillerRows; r++) {
                w.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 6; c++) {
                    w.write("<c r=\"" + (char) ('A' + c) + r + "\"><v>" + random.nextInt(1_000_000) + "</v></c>");
                }
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** 300,000 rows: about 40 MB of sheet XML. */
    private static final int BIG = 300_000;

    @TempDir
    static Path shared;
    private static Path big;

    /** The 40 MB sheet, written once for the tests that need it. */
    private static synchronized Path big() throws IOException {
        if (big == null) {
            Path c = shared.resolve("big-case");
            Files.createDirectories(c);
            big = c.resolve("summary_table.xlsx");
            bigSheet(big, BIG);
        }
        return big;
    }

    @Test
    void aFortyMegabyteSheetKeepsOnlyTheRowsItReadsAndItsTableIsFound() throws Exception {
        Path file = big();
        Path c = file.getParent();
        long xml = new java.util.zip.ZipFile(file.toFile()).getEntry("xl/worksheets/sheet1.xml").getSize();
        assertTrue(xml > 40L * 1000 * 1000, "sheet XML: " + xml);
        assertEquals(null, WorkbookZipCheck.refusal(file));

        List<Grid> grids = StreamingWorkbookGrids.of(file);
        assertEquals(WorkbookGrids.MAX_ROWS, grids.get(0).cells().size(), "only the first rows are kept");
        ReviewCase rc = CaseLoader.standard().load(c);
        assertNotNull(rc.table(), rc.problems().toString());
        assertEquals(4, rc.table().rows().size());
        assertEquals("Total lung", rc.table().rows().get(0).organ());
    }

    @Test
    void aReaderAskedToStopStopsInTheMiddleOfTheSheet() throws Exception {
        Path file = tmp.resolve("big.xlsx");
        bigSheet(file, 20_000);
        Thread.currentThread().interrupt(); // the case loader's time budget ran out
        try {
            assertThrows(InterruptedIOException.class, () -> StreamingWorkbookGrids.of(file));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theBigSheetIsReadUnderASmallHeapThatLoadingItWholeExceeds() throws Exception {
        Path file = big();
        Process streamed = fork("stream", file);
        String out = new String(streamed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(streamed.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, streamed.exitValue(), out);
        assertEquals("rows " + WorkbookGrids.MAX_ROWS + " Total lung", out.strip());
        Process loaded = fork("load", file);
        String lost = new String(loaded.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(loaded.waitFor(5, TimeUnit.MINUTES));
        assertNotEquals(0, loaded.exitValue(), "the heap is small enough to matter: loading the workbook whole fails: " + lost);
    }

    private static Process fork(String mode, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx" + SmallHeapRead.HEAP, "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                org.imrtreview.testing.TestHome.property(),
                "-cp", System.getProperty("java.class.path"), SmallHeapRead.class.getName(), mode, file.toString())
                .redirectErrorStream(true).start();
    }
}
