package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision 0640: which lines above a table on its page are its title — the block just above it (a title, a
 * subtitle, a "prepared by" line), not a letter's paragraph ending well above it nor the lines of a table
 * above it.
 */
class TableTitleLinesTest {
    private static final double SIZE = 10;

    private static TextLine line(double baseline, String text) {
        List<Word> words = new ArrayList<>();
        double x = 72;
        for (String w : text.split(" ")) {
            double x1 = x + 5.2 * w.length();
            words.add(new Word(w, x, x1, baseline - 0.78 * SIZE, baseline + 0.22 * SIZE, baseline, SIZE, true));
            x = x1 + 3;
        }
        return new TextLine(words, baseline, baseline - 0.78 * SIZE, baseline + 0.22 * SIZE, SIZE);
    }

    private static ExtractedTable table(double top, double bottom) {
        return new ExtractedTable(1, 1, List.of(List.of("OAR", "Constraint")), new double[] {72, 200, 300}, top, bottom,
                true, 792);
    }

    @Test
    void theLinesJustAboveATableAreItsTitle() {
        ExtractedTable t = table(120, 300);
        List<TextLine> lines = List.of(line(40, "Riverbend Oncology Associates"),
                line(80, "Summary Analysis of 3D vs IMRT Planning"),
                line(96, "Prepared by medical physics, 55 Gy in 20 fractions."));
        assertEquals(List.of(new PageFlow.TableTitle(120, "Summary Analysis of 3D vs IMRT Planning | Prepared by medical physics,"
                + " 55 Gy in 20 fractions.")), PageFlow.titles(lines, List.of(t)));
    }

    @Test
    void aParagraphEndingWellAboveTheTableIsNoTitle() {
        // the letter's last line is 9 line heights above the table: prose, not the table's title
        ExtractedTable t = table(200, 400);
        List<TextLine> lines = List.of(line(100, "He was previously treated to 45 Gy in 25 fx to the mediastinum."),
                line(112, "The comparison of the two plans is attached below."));
        assertEquals(List.of(), PageFlow.titles(lines, List.of(t)));
    }

    @Test
    void aSecondTablesTitleStopsAtTheTableAboveIt() {
        ExtractedTable first = table(100, 200);
        ExtractedTable second = table(260, 400);
        List<TextLine> lines = List.of(line(80, "Plan A: 60 Gy in 30 fx"), line(190, "Spinal cord Max < 45 Gy"),
                line(240, "Plan B: 66 Gy in 33 fx"));
        assertEquals(List.of(new PageFlow.TableTitle(100, "Plan A: 60 Gy in 30 fx"), new PageFlow.TableTitle(260,
                "Plan B: 66 Gy in 33 fx")), PageFlow.titles(lines, List.of(first, second)));
    }

    @Test
    void atMostThreeLinesAreKept() {
        ExtractedTable t = table(200, 300);
        List<TextLine> lines = List.of(line(130, "one"), line(145, "two"), line(160, "three"), line(175, "four"),
                line(190, "five"));
        assertEquals("three | four | five", PageFlow.titles(lines, List.of(t)).get(0).text());
    }
}
