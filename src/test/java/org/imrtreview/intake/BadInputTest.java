package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files get one clear problem naming the file — never an exception — and the rest of the case
 * (a good CSV table beside them) still loads.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void goodTableBesideTheBadFile() throws Exception {
        Files.writeString(dir.resolve("table.csv"), """
                OAR,Dose Constraint,Source,3D,IMRT,Can constraint only be met with IMRT?
                Brainstem,Max < 54 Gy,QUANTEC,58 Gy,52 Gy,Yes
                """);
    }

    private ReviewCase load() throws Exception {
        ReviewCase c = CaseLoader.standard().load(dir);
        assertNotNull(c.table(), "the good table must still load");
        assertEquals(1, c.table().rows().size());
        return c;
    }

    private static Problem problemFor(ReviewCase c, String file) {
        List<Problem> ps = c.problems().stream().filter(p -> file.equals(p.file())).toList();
        assertEquals(1, ps.size(), () -> "problems: " + c.problems());
        return ps.get(0);
    }

    private static Document documentFor(ReviewCase c, String file) {
        return c.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void emptyFolderLoadsAsAnEmptyCase() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        ReviewCase c = CaseLoader.standard().load(empty);
        assertTrue(c.documents().isEmpty());
        assertEquals(null, c.table());
    }

    @Test
    void missingPathIsUnreadable() {
        assertThrows(UnreadablePathException.class, () -> CaseLoader.standard().load(dir.resolve("nope")));
    }

    @Test
    void corruptXlsx() throws Exception {
        byte[] zipStart = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62};
        Files.write(dir.resolve("summary.xlsx"), zipStart);
        ReviewCase c = load();
        assertEquals("is damaged or not a readable Excel workbook", problemFor(c, "summary.xlsx").message());
        assertEquals(LoadState.UNREADABLE, documentFor(c, "summary.xlsx").state());
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        info.getVerifier().setSpinCount(1000); // Excel uses 100000; fewer keeps the test fast, same format
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("s3cret");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("OAR");
            wb.write(os);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("locked.xlsx"))) {
            fs.writeFilesystem(out);
        }
        fs.close();
        ReviewCase c = load();
        assertTrue(problemFor(c, "locked.xlsx").message().startsWith("is password-protected"));
        assertEquals(LoadState.ENCRYPTED, documentFor(c, "locked.xlsx").state());
    }

    @Test
    void zeroBytePng() throws Exception {
        Files.write(dir.resolve("dvh_3d.png"), new byte[0]);
        ReviewCase c = load();
        assertTrue(problemFor(c, "dvh_3d.png").message().startsWith("is empty (0 bytes)"));
        assertEquals(DocumentKind.OTHER, documentFor(c, "dvh_3d.png").kind());
    }

    @Test
    void truncatedPng() throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        byte[] all = bytes.toByteArray();
        Files.write(dir.resolve("dvh_imrt.png"), java.util.Arrays.copyOf(all, 60));
        ReviewCase c = load();
        assertEquals("is damaged or not a readable image", problemFor(c, "dvh_imrt.png").message());
    }

    @Test
    void absurdlyLargeImageIsRefusedBeforeDecoding() throws Exception {
        Files.write(dir.resolve("dvh_3d.png"), pngHeaderClaiming(30_000, 30_000));
        ReviewCase c = load();
        assertTrue(problemFor(c, "dvh_3d.png").message().startsWith("is too large to check (30000 x 30000 pixels)"),
                c.problems().toString());
    }

    @Test
    void pdfNamedXlsxIsReadAsAPdfAndTheMislabellingNoted() throws Exception {
        Path pdf = dir.resolve("summary.xlsx");
        textPdf(pdf, "Progress Note. Interval history: doing well. Physical exam: normal. Assessment and Plan: continue.");
        ReviewCase c = load();
        assertTrue(problemFor(c, "summary.xlsx").message().contains("is named .xlsx but is really a PDF"));
        assertEquals(DocumentKind.CHART_NOTES, documentFor(c, "summary.xlsx").kind());
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        Path pdf = dir.resolve("history.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        ReviewCase c = load();
        assertTrue(problemFor(c, "history.pdf").message().startsWith("is password-protected"));
        assertEquals(LoadState.ENCRYPTED, documentFor(c, "history.pdf").state());
    }

    @Test
    void damagedPdf() throws Exception {
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage");
        ReviewCase c = load();
        String message = problemFor(c, "notes.pdf").message();
        assertTrue(message.contains("cannot be opened") || message.contains("damaged"), message);
    }

    @Test
    void scannedPdfIsKeptForReadingByEye() throws Exception {
        Path pdf = dir.resolve("chart_notes.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
            var g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 400);
            g.setColor(Color.BLACK);
            g.drawString("Progress note (handwritten)", 20, 40);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight()); // a fax scan fills the page
            }
            doc.save(pdf.toFile());
        }
        ReviewCase c = load();
        Document d = documentFor(c, "chart_notes.pdf");
        assertEquals(LoadState.SCANNED, d.state());
        assertEquals(DocumentKind.CHART_NOTES, d.kind());
        assertTrue(problemFor(c, "chart_notes.pdf").message().contains("scanned page — text not readable"));
    }

    @Test
    void workbookWithoutATable() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("plan.xlsx"))) {
            wb.createSheet("Report").createRow(0).createCell(0).setCellValue("Plan approved");
            wb.write(out);
        }
        ReviewCase c = load();
        assertTrue(problemFor(c, "plan.xlsx").message().startsWith("no summary table was found"));
        assertEquals("table.csv", c.table().file(), "the CSV table is chosen");
    }

    @Test
    void binaryJunkNamedCsv() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        junk[0] = 0;
        Files.write(dir.resolve("other.csv"), junk);
        ReviewCase c = load();
        assertEquals(DocumentKind.OTHER, documentFor(c, "other.csv").kind());
        assertTrue(c.problems().stream().noneMatch(p -> p.message().contains("Exception")));
    }

    static void textPdf(Path file, String text) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    /** A PNG signature and IHDR chunk (valid CRC) claiming the given size, with no pixel data. */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        b.putInt(13);
        int crcStart = b.position();
        b.put(new byte[] {'I', 'H', 'D', 'R'});
        b.putInt(width).putInt(height);
        b.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), crcStart, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
