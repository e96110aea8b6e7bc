package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0262: a picture's stated size is checked before decoding, a false page count is found out. */
@ExtendWith(LegendOcrOff.class)
class PdfBoundsTest {

    @TempDir
    Path tmp;

    private Path sample(String name) throws IOException {
        Path to = tmp.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("samples", name))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    @Test
    void aHugePictureOnOneFaxedPageLosesThatPageNotThePacket() throws Exception {
        Path c = sample("14-lung-faxed-packet");
        Path pdf = c.resolve("fax_PA-2026-004203.pdf");
        // the cover page's picture claims 99999 x 99999 pixels (same length, so the file's index stays right)
        byte[] bytes = Files.readAllBytes(pdf);
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        String from = "/Width 1734\n/Height 2156\n";
        String to = "/Width 99999/Height 99999";
        assertEquals(from.length(), to.length());
        int at = latin.indexOf(from);
        assertTrue(at > 0, "the sample's first page picture");
        System.arraycopy(to.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, bytes, at, to.length());
        Files.write(pdf, bytes);
        ReviewCase rc = CaseLoader.standard().load(c);
        List<Problem> mine = rc.problems().stream().filter(p -> p.file().equals("fax_PA-2026-004203.pdf")).toList();
        assertTrue(mine.stream().anyMatch(p -> p.message().startsWith("page 1 could not be read")
                && p.message().contains("over 100 million pixels")), mine.toString());
        assertTrue(rc.documents().stream().anyMatch(d -> d.kind() == org.imrtreview.model.DocumentKind.CLINICAL_HISTORY),
                "the rest of the packet is read by OCR: its consultation is found " + rc.documents());
    }

    /** Three pages of a consultation note, written with the page tree's /Count set to {@code count}. */
    private static void threePageNote(Path pdf, int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Radiation Oncology Consultation, page " + i + ". History of present illness: cough since");
                    cs.newLineAtOffset(0, -14);
                    cs.showText("September; the patient was referred for radiotherapy of a right upper lobe adenocarcinoma.");
                    cs.endText();
                }
            }
            doc.getPages().getCOSObject().setInt(COSName.COUNT, count);
            doc.save(pdf.toFile());
        }
    }

    @Test
    void aFalsePageCountIsReportedAndEveryRealPageIsRead() throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        threePageNote(c.resolve("consultation.pdf"), 43);
        ReviewCase more = CaseLoader.standard().load(c);
        assertTrue(more.problems().stream().anyMatch(p -> p.message().startsWith("says it has 43 page(s) but holds 3")),
                more.problems().toString());
        assertTrue(more.problems().stream().noneMatch(p -> p.message().contains("could not be read")),
                "pages that do not exist are not each reported as damaged: " + more.problems());

        threePageNote(c.resolve("consultation.pdf"), 1);
        ReviewCase fewer = CaseLoader.standard().load(c);
        assertTrue(fewer.problems().stream().anyMatch(p -> p.message().startsWith("says it has 1 page(s) but holds 3")),
                fewer.problems().toString());
        assertTrue(fewer.documents().get(0).note().contains("clinical history"), fewer.documents().toString());
    }
}
