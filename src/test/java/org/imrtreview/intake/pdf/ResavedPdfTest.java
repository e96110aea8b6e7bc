package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0264: a valid PDF re-saved by PDFBox 3 (the way a provider's system may pass it on) reads
 * exactly as the original — no page reported damaged — while really damaged copies still are.
 */
@ExtendWith(LegendOcrOff.class)
class ResavedPdfTest {
    private static final Path PACKET = Path.of("samples", "11-lung-fax-packet", "fax_packet_PA-2026-004203.pdf");

    @TempDir
    Path tmp;

    private static List<Path> samplePdfs() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("samples"), 2)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
    }

    private static PacketResult read(Path pdf) {
        return new PdfPacketReader(null, 0).read(pdf, pdf.getFileName().toString());
    }

    private static String reading(PacketResult r) {
        return r.problems() + " " + r.damage() + " " + r.documents() + " " + r.table();
    }

    @Test
    void everySamplePdfResavedByPdfBoxReadsAsTheOriginal() throws Exception {
        List<Path> pdfs = samplePdfs();
        assertTrue(pdfs.size() >= 8, "the samples' PDFs: " + pdfs);
        for (Path pdf : pdfs) {
            String original = reading(read(pdf));
            for (CompressParameters compression : new CompressParameters[] {CompressParameters.DEFAULT_COMPRESSION,
                CompressParameters.NO_COMPRESSION}) {
                Path copy = tmp.resolve(pdf.getFileName());
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    doc.save(copy.toFile(), compression);
                }
                PacketResult resaved = read(copy);
                assertEquals(original, reading(resaved), pdf + " re-saved (" + compression.isCompress() + ")");
                assertTrue(resaved.problems().stream().noneMatch(p -> p.contains("only in part") || p.contains("could not be read")),
                        pdf + " re-saved: " + resaved.problems());
            }
        }
    }

    @Test
    void theFaxPacketResavedAndStampedIsStillApprovable() throws Exception {
        Path c = caseWith(doc -> {
            for (PDPage page : doc.getPages()) { // a receiving system stamps every page
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page,
                        org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.beginText();
                    cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 6);
                    cs.newLineAtOffset(20, 10);
                    cs.showText("Received 2026-03-02 by fax");
                    cs.endText();
                }
            }
        });
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().load(c));
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
        assertTrue(e.problems().isEmpty(), e.problems().toString());
    }

    @Test
    void aFalseSmallPageCountStillReadsEveryRealPageAndHoldsTheCase() throws Exception {
        Path c = caseWith(doc -> doc.getPages().getCOSObject().setInt(COSName.COUNT, 4));
        PacketResult r = read(c.resolve("packet.pdf"));
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("says it has 4 page(s) but holds 7")), r.problems().toString());
        assertTrue(r.problems().stream().noneMatch(p -> p.contains("could not be read")),
                "pages 5-7 are intact and reachable: " + r.problems());
        assertEquals(7, r.pageCount());
        assertTrue(r.documents().stream().anyMatch(d -> "7".equals(d.pages())), "the last page is read: " + r.documents());
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().load(c));
        assertEquals(Determination.INCOMPLETE, e.determination(), "a false count is damage all the same");
    }

    @Test
    void aCutOffTablePageIsStillReadInPartAndHoldsTheCase() throws Exception {
        Path c = caseWith(doc -> {
            COSStream content = doc.getPage(3).getContentStreams().next().getCOSObject();
            byte[] raw;
            try (var in = content.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            try (OutputStream out = content.createRawOutputStream()) {
                out.write(raw, 0, raw.length / 2); // the compressed table breaks off half way
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        });
        PacketResult r = read(c.resolve("packet.pdf"));
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("page 4 could be read only in part")), r.problems().toString());
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().load(c));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.problems().toString());
    }

    @Test
    void aForeignOperatorOnTheTablePageIsStillReadInPart() throws Exception {
        Path c = caseWith(doc -> {
            PDPage page = doc.getPage(3);
            byte[] text;
            try (var in = page.getContents()) {
                text = in.readAllBytes();
            }
            String s = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
            int cut = s.indexOf(" Tj", s.length() / 2);
            assertTrue(cut > 0);
            String damaged = s.substring(0, cut) + " Xj" + s.substring(cut + 3); // one flipped letter
            PDStream replaced = new PDStream(doc);
            try (OutputStream out = replaced.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(damaged.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            page.setContents(replaced);
        });
        PacketResult r = read(c.resolve("packet.pdf"));
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("page 4 could be read only in part")), r.problems().toString());
        assertNotNull(r.table(), "the rest of the table is read");
        assertFalse(r.damage().isEmpty(), "and marked as possibly incomplete");
    }

    private interface Change {
        void apply(PDDocument doc) throws IOException;
    }

    /** Sample 11 with its packet changed and saved by PDFBox 3. */
    private Path caseWith(Change change) throws IOException {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        Files.copy(PACKET.resolveSibling("request.json"), c.resolve("request.json"));
        try (PDDocument doc = Loader.loadPDF(PACKET.toFile())) {
            change.apply(doc);
            doc.save(c.resolve("packet.pdf").toFile());
        }
        return c;
    }

}
