package org.imrtreview.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a plain clinical document PDF: letterhead, title, labelled lines, headed paragraphs. */
final class ClinicalPdfWriter {

    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final List<Block> blocks = new ArrayList<>();

    private record Block(String text, boolean heading, float size, float gapAfter) { }

    ClinicalPdfWriter letterhead(String facility, String address) {
        blocks.add(new Block(facility, true, 14, 2));
        blocks.add(new Block(address, false, 9, 14));
        return this;
    }

    ClinicalPdfWriter title(String title) {
        blocks.add(new Block(title, true, 13, 10));
        return this;
    }

    ClinicalPdfWriter line(String text) {
        blocks.add(new Block(text, false, 10, 2));
        return this;
    }

    ClinicalPdfWriter section(String heading, String paragraph) {
        blocks.add(new Block(heading, true, 10.5f, 3));
        blocks.add(new Block(paragraph, false, 10, 9));
        return this;
    }

    ClinicalPdfWriter gap() {
        blocks.add(new Block("", false, 6, 4));
        return this;
    }

    void write(Path file, String title) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Demo EHR export");
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2026, Calendar.NOVEMBER, 18, 10, 0, 0);
            doc.getDocumentInformation().setCreationDate(fixed);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDPageContentStream out = new PDPageContentStream(doc, page);
            float y = PDRectangle.LETTER.getHeight() - MARGIN;
            for (Block b : blocks) {
                PDType1Font font = b.heading() ? bold : regular;
                for (String line : wrap(b.text(), font, b.size())) {
                    if (y < MARGIN + 20) {
                        out.close();
                        page = new PDPage(PDRectangle.LETTER);
                        doc.addPage(page);
                        out = new PDPageContentStream(doc, page);
                        y = PDRectangle.LETTER.getHeight() - MARGIN;
                    }
                    out.beginText();
                    out.setFont(font, b.size());
                    out.newLineAtOffset(MARGIN, y);
                    out.showText(line);
                    out.endText();
                    y -= b.size() * 1.35f;
                }
                y -= b.gapAfter();
            }
            out.close();
            doc.save(file.toFile());
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }
}
