package org.imrtreview.intake.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs written by the tests themselves (nothing hostile is checked in). */
final class TestPdfs {
    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private TestPdfs() {
    }

    static void text(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = 720;
            for (String line : lines) {
                cs.beginText();
                cs.setFont(HELVETICA, 11);
                cs.newLineAtOffset(60, y);
                cs.showText(line);
                cs.endText();
                y -= 15;
            }
        }
    }

    static Path textPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            text(doc, lines);
            doc.save(file.toFile());
        }
        return file;
    }

    static Path encrypted(Path file, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            text(doc, List.of("PROGRESS NOTE", "Vital signs stable. Assessment and plan: continue."));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A DVH drawn with vector lines: axes, grid, four curves, axis titles and a plan title. */
    static void vectorDvhPage(PDDocument doc, boolean colour, String title) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        Color[] colours = {new Color(220, 30, 30), new Color(30, 90, 220), new Color(20, 160, 60), new Color(230, 140, 0)};
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setLineWidth(1);
            cs.moveTo(80, 300);
            cs.lineTo(80, 650);
            cs.moveTo(80, 300);
            cs.lineTo(540, 300);
            cs.stroke();
            for (int k = 0; k < colours.length; k++) {
                cs.setStrokingColor(colour ? colours[k] : new Color(70 + 35 * k, 70 + 35 * k, 70 + 35 * k));
                cs.setLineWidth(2);
                cs.moveTo(80, 650);
                for (int x = 0; x <= 460; x += 5) {
                    double v = 1 / (1 + Math.exp((x / 460.0 - (0.3 + 0.15 * k)) * 18));
                    cs.lineTo(80 + x, (float) (300 + v * 350));
                }
                cs.stroke();
            }
            label(cs, title, 200, 680);
            label(cs, "Dose (Gy)", 290, 275);
            label(cs, "Volume (%)", 20, 470);
        }
    }

    private static void label(PDPageContentStream cs, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, 12);
        cs.setNonStrokingColor(Color.BLACK);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
