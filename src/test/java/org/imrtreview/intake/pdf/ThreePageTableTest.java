package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imrtreview.model.SummaryRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 0443: a letter's summary table over three pages whose middle page holds a single row. Unruled, that
 * row is no table of its own; it was joined to page 1's table as lines (0408), but the lines of page 2's
 * bottom and page 3's top were not kept (no table on page 2), so page 3's rows were dropped without a word
 * ("Other, page 3").
 */
class ThreePageTableTest {
    private static final String[][] TABLE = {
        {"OAR", "Dose Constraint", "Source of Constraint", "3D-CRT", "VMAT", "Can constraint only be met with IMRT?"},
        {"Total lung", "V20 < 35%", "NCCN", "38%", "29%", "Yes"},
        {"Heart", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"},
        {"Esophagus", "Dmean < 34 Gy", "QUANTEC", "36.2 Gy", "28.7 Gy", "Yes"},
        {"Spinal cord", "Max <= 50 Gy", "QUANTEC", "44.8 Gy", "41.0 Gy", "No"},
    };
    private static final float[] WIDTHS = {80, 92, 86, 60, 60, 90};
    private static final float LEFT = 72;
    private static final float SIZE = 10;
    private static final float LEAD = 12;
    private static final float PAD = 4;

    @TempDir
    Path dir;

    private PDDocument doc;
    private PDPageContentStream cs;
    private float y;
    private final PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @ParameterizedTest(name = "rows per page {0}, ruled {1}")
    @CsvSource(textBlock = """
            2-1-1, false
            2-1-1, true
            1-1-2, false
            1-2-1, false
            """)
    void aTableOverThreePagesIsReadWhole(String rowsPerPage, boolean ruled) throws IOException {
        Path file = dir.resolve("letter_of_medical_necessity.pdf");
        write(file, rowsPerPage, ruled);
        PacketResult r = new PdfPacketReader(PdfProgressListener.NONE).read(file, "letter_of_medical_necessity.pdf");
        assertNotNull(r.table(), r.problems()::toString);
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow s : r.table().rows()) {
            rows.add(List.of(s.organ(), s.constraint(), s.source(), s.dose3d(), s.doseImrt(), s.answer()));
        }
        List<List<String>> expected = new ArrayList<>();
        for (int i = 1; i < TABLE.length; i++) {
            expected.add(List.of(TABLE[i]));
        }
        assertEquals(expected, rows, r.documents()::toString);
        assertEquals(List.of(), r.damage());
    }

    private void write(Path file, String rowsPerPage, boolean ruled) throws IOException {
        String[] split = rowsPerPage.split("-");
        try (PDDocument d = new PDDocument()) {
            doc = d;
            int next = 1;
            for (int p = 0; p < split.length; p++) {
                page(p + 1, split.length);
                if (p == 0) {
                    text("Riverside Radiation Oncology", bold, 14, LEFT, 730);
                    y = 690;
                    text("Re: Letter of medical necessity - IMRT, request PA-2026-004203", bold, SIZE, LEFT, y);
                    y -= 2 * LEAD;
                    for (int i = 0; i < 18; i++) {
                        text("The patient has a right upper lobe lung cancer treated to 60 Gy in 30 fractions; line "
                                + (i + 1) + ".", font, SIZE + 1, LEFT, y);
                        y -= 14;
                    }
                    y -= LEAD;
                    row(TABLE[0], true, ruled);
                } else {
                    text("Letter of medical necessity - request PA-2026-004203 - page " + (p + 1), font, 8, LEFT, 750);
                    y = 720;
                }
                for (int i = 0; i < Integer.parseInt(split[p]); i++) {
                    row(TABLE[next++], false, ruled);
                }
                if (p == split.length - 1) {
                    y -= 2 * LEAD;
                    text("Sincerely, Helen Achterberg, MD", font, SIZE + 1, LEFT, y);
                }
            }
            cs.close();
            d.save(file.toFile());
        }
    }

    private void page(int n, int of) throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        text("Page " + n + " of " + of, font, 9, 280, 40);
    }

    private void row(String[] cells, boolean header, boolean ruled) throws IOException {
        PDFont f = header ? bold : font;
        List<List<String>> lines = new ArrayList<>();
        int n = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> wrapped = wrap(cells[c], f, WIDTHS[c] - 2 * PAD);
            lines.add(wrapped);
            n = Math.max(n, wrapped.size());
        }
        float height = n * LEAD + 2 * PAD;
        float x = LEFT;
        for (int c = 0; c < cells.length; c++) {
            for (int i = 0; i < lines.get(c).size(); i++) {
                text(lines.get(c).get(i), f, SIZE, x + PAD, y - PAD - (i + 0.8f) * LEAD);
            }
            x += WIDTHS[c];
        }
        if (ruled) {
            cs.setLineWidth(0.5f);
            cs.addRect(LEFT, y - height, x - LEFT, height);
            float cx = LEFT;
            for (int c = 0; c + 1 < cells.length; c++) {
                cx += WIDTHS[c];
                cs.moveTo(cx, y);
                cs.lineTo(cx, y - height);
            }
            cs.stroke();
        } else if (header) {
            cs.setLineWidth(0.75f);
            cs.moveTo(LEFT, y - height);
            cs.lineTo(x, y - height);
            cs.stroke();
        }
        y -= height;
    }

    private static List<String> wrap(String s, PDFont f, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : s.split(" ")) {
            String t = line.isEmpty() ? word : line + " " + word;
            if (f.getStringWidth(t) / 1000 * SIZE > width && !line.isEmpty()) {
                out.add(line);
                line = word;
            } else {
                line = t;
            }
        }
        out.add(line);
        return out;
    }

    private void text(String s, PDFont f, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }
}
