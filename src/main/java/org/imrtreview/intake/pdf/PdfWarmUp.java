package org.imrtreview.intake.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Runs the PDF code a case's first reading needs — reading a page's text, tables and figures, and
 * rendering it for the page viewer — once on a page made here in memory, so the window's first case
 * does not pay for loading and first running it (decision 0312). No file is read or written.
 */
public final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** Makes a one-page document of invented text, reads it back, reads its page and renders it. */
    public static void run() throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(72, 700);
                String[] lines = {"Structure  Constraint  3D plan  IMRT plan", "Spinal cord  Dmax < 45 Gy  46.2 Gy  38.9 Gy",
                        "Parotid  Dmean < 26 Gy  31.0 Gy  24.5 Gy", "Brainstem  Dmax < 54 Gy  55.1 Gy  49.7 Gy"};
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PageReader.read(doc, 0);
        }
        SubmittedPages.render(bytes, Path.of("warm-up.pdf"), 0, 110f);
    }
}
