package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfHandlerTest {

    @TempDir
    Path dir;

    /** A one-page DVH printout: title text, axes and two thick curves in the given colours. */
    private Path dvhPdf(String name, String title, Color a, Color b) throws Exception {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
                cs.newLineAtOffset(72, 720);
                cs.showText(title);
                cs.newLineAtOffset(0, -20);
                cs.showText("Dose (Gy)   Volume (%)   Cumulative DVH");
                cs.endText();
                cs.setStrokingColor(Color.BLACK);
                cs.moveTo(72, 200);
                cs.lineTo(72, 650);
                cs.moveTo(72, 200);
                cs.lineTo(540, 200);
                cs.stroke();
                cs.setLineWidth(6);
                cs.setStrokingColor(a);
                cs.moveTo(72, 640);
                cs.curveTo(250, 640, 300, 250, 500, 205);
                cs.stroke();
                cs.setStrokingColor(b);
                cs.moveTo(72, 640);
                cs.curveTo(150, 640, 200, 250, 350, 205);
                cs.stroke();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private Document only(String name) throws Exception {
        ReviewCase c = CaseLoader.standard().load(dir);
        return c.documents().stream().filter(d -> d.file().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void colourDvhPrintoutIsAColourDvhImageWithItsPlan() throws Exception {
        dvhPdf("attachment3.pdf", "Dose Volume Histogram - IMRT plan", Color.RED, Color.BLUE);
        Document d = only("attachment3.pdf");
        assertEquals(DocumentKind.DVH_IMAGE, d.kind());
        assertEquals(PlanKind.IMRT, d.plan());
        assertEquals(Boolean.TRUE, d.color());
    }

    @Test
    void grayDvhPrintoutIsNotColour() throws Exception {
        dvhPdf("dvh_3d.pdf", "Dose Volume Histogram - 3D-CRT plan", Color.DARK_GRAY, Color.GRAY);
        Document d = only("dvh_3d.pdf");
        assertEquals(PlanKind.THREE_D, d.plan());
        assertEquals(Boolean.FALSE, d.color());
        assertTrue(d.note().contains("grayscale"));
    }

    @Test
    void summaryTableInAPdfIsRecognisedAndTheNurseToldItIsNotReadYet() throws Exception {
        BadInputTest.textPdf(dir.resolve("table.pdf"), "Summary Analysis of 3D vs IMRT Planning - Organ(s) At Risk - Dose"
                + " Constraint - Source of Constraint - Can constraint only be met with IMRT?");
        Document d = only("table.pdf");
        assertEquals(DocumentKind.SUMMARY_TABLE, d.kind());
        assertTrue(d.note().contains("tables inside PDFs are not read yet"));
    }

    @Test
    void textlessPdfWithANeutralNameIsScannedAndOther() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(dir.resolve("fax0001.pdf").toFile());
        }
        Document d = only("fax0001.pdf");
        assertEquals(DocumentKind.OTHER, d.kind());
        assertEquals(org.imrtreview.model.LoadState.SCANNED, d.state());
    }
}
