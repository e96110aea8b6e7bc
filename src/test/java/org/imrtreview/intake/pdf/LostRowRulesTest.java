package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ruled table on a scan whose faint row rules were lost (decision 0256): only the frame and the
 * column rules are found, so every body line would fall into one ruled row. On a scanned page a
 * line filling the first column and two thirds of the columns starts a row of its own; a cell's
 * wrapped second line stays in its cell. A text PDF is read as drawn.
 */
class LostRowRulesTest {
    private static final double[] XS = {0, 100, 200, 300, 400};

    private static void line(List<Glyph> glyphs, double baseline, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                continue;
            }
            double x = XS[c] + 5;
            for (char ch : cells[c].toCharArray()) {
                glyphs.add(new Glyph(String.valueOf(ch), x, x + 6, baseline - 10, baseline + 2, baseline, 12));
                x += 7;
            }
        }
    }

    private static PageContent page(List<Glyph> glyphs) {
        List<Ruling> rulings = new ArrayList<>();
        rulings.add(new Ruling(true, 0, 0, 400));
        rulings.add(new Ruling(true, 30, 0, 400)); // under the header
        rulings.add(new Ruling(true, 200, 0, 400)); // the frame's foot: no rules between the body rows
        for (double x : XS) {
            rulings.add(new Ruling(false, x, 0, 200));
        }
        return new PageContent(0, 600, 800, glyphs, rulings, List.of(), 0, new double[0], 0, List.of());
    }

    private static List<Glyph> body() {
        List<Glyph> glyphs = new ArrayList<>();
        line(glyphs, 20, "Organ", "Constraint", "3D", "IMRT");
        line(glyphs, 50, "Left optic", "Dmax<55Gy", "49.2Gy", "47.5Gy");
        line(glyphs, 66, "nerve", null, null, null); // wrapped: stays in its cell
        line(glyphs, 90, "Liver", "Mean<30Gy", "21.0Gy", null); // first column and 3 of 4: a row
        line(glyphs, 120, "Heart", "Mean<26", "27.4Gy", "18.9Gy");
        line(glyphs, 136, null, "Gy", null, null); // wrapped unit: stays
        return glyphs;
    }

    @Test
    void aScannedRuledRowHoldingSeveralFullLinesIsSplitAtThem() {
        List<ExtractedTable> tables = PageTableExtractor.tables(page(body()), true);
        assertEquals(1, tables.size());
        List<List<String>> rows = tables.get(0).rows();
        assertEquals(4, rows.size(), rows::toString);
        assertEquals("Left optic nerve", rows.get(1).get(0));
        assertEquals("Liver", rows.get(2).get(0));
        assertEquals("Mean<26 Gy", rows.get(3).get(1));
    }

    /**
     * Fine fax, Word grid table (scan bench): two row rules vanished. Above "Right optic" the specks the
     * rule left joined the words' boxes (a "<" read 60 px tall beside 32 px digits), and the lone "Gy" of
     * a wrapped constraint got its baseline from its descender, 2 pt low; the lines still follow each
     * other 13 pt apart at 12 pt, so each full line starts a row.
     */
    @Test
    void aFullLineStartsARowThoughSpecksSwellItsBoxesOrAUnitSitsLow() {
        List<Glyph> glyphs = new ArrayList<>();
        line(glyphs, 20, "Organ", "Constraint", "3D", "IMRT");
        line(glyphs, 50, "Left optic", "Dmax<55Gy", "49.2Gy", "47.5Gy");
        line(glyphs, 63, "nerve", null, null, null);
        line(glyphs, 76, "Right optic", "Dmax", "51.8Gy", "50.1Gy");
        glyphs.add(new Glyph("<", 140, 146, 76 - 17, 76 + 3, 76, 20)); // swollen by the rule's specks
        line(glyphs, 89, "nerve", null, null, null);
        line(glyphs, 110, "Hippocampus", "D40%<7.3", "12.4Gy", "6.9Gy");
        line(glyphs, 123, "(bilateral)", null, null, null);
        line(glyphs, 125.3, null, "Gy", null, null); // a lone unit's baseline from its descender
        line(glyphs, 136, "Lens", "Dmax<7Gy", "5.1Gy", "4.2Gy");
        List<List<String>> rows = PageTableExtractor.tables(page(glyphs), true).get(0).rows();
        assertEquals(List.of("Organ", "Left optic nerve", "Right optic nerve", "Hippocampus (bilateral)", "Lens"),
                rows.stream().map(r -> r.get(0)).toList(), rows::toString);
        assertEquals("D40%<7.3 Gy", rows.get(3).get(1));
    }

    @Test
    void aTextPdfGridIsReadAsDrawn() {
        List<ExtractedTable> tables = PageTableExtractor.tables(page(body()), false);
        assertEquals(2, tables.get(0).rows().size(), () -> tables.get(0).rows().toString());
    }
}
